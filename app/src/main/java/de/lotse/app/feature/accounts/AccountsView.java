package de.lotse.app.feature.accounts;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.account.Account;
import de.lotse.core.account.Role;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.validation.FieldProblem;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The accounts as a table, and the administrator's actions on them below it; adding, roles and a
 * new password each open a small dialog that says next to each field what is wrong.
 */
public final class AccountsView {

    private final AccountsViewModel model;
    private final I18n i18n;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final Label error = new Label();

    public AccountsView(AccountsViewModel model, I18n i18n, Supplier<Window> owner) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;

        Label title = Widgets.label(i18n, "accounts.title", Styles.TITLE_3);
        Label count = new Label();
        count.setId("accounts-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(i18n.text(m -> m.get("accounts.count", model.accounts().size()),
                model.accounts()));

        TableView<Account> table = new TableView<>(model.accounts());
        table.setId("accounts-table");
        table.getColumns().add(column("accounts.userName", 130, Account::userName));
        table.getColumns().add(column("accounts.displayName", 190, Account::displayName));
        table.getColumns().add(column("accounts.caseworkerColumn", 170,
                account -> model.caseworkerName(account.caseworkerId())));
        table.getColumns().add(column("accounts.state", 90, account -> i18n.current().get(account.disabled()
                ? "accounts.disabled" : "accounts.enabled")));
        // last, for it takes the room left: several roles make a long line
        table.getColumns().add(column("accounts.roles", 300, account -> roles(i18n.current(), account.roles())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Widgets.label(i18n, "accounts.none", Styles.TEXT_MUTED));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            model.selectedProperty().set(now);
            error.setText("");
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        // the table's texts are made anew in the other language
        i18n.messagesProperty().addListener((obs, old, now) -> table.refresh());

        Button add = button("accounts-new", "accounts.new", this::newAccount);
        add.getStyleClass().add(Styles.ACCENT);
        Button edit = button("accounts-edit", "accounts.edit", this::edit);
        Button roles = button("accounts-roles", "accounts.changeRoles", this::changeRoles);
        Button password = button("accounts-password", "accounts.newPassword", this::newPassword);
        Button recovery = button("accounts-recovery", "accounts.recoveryCode", this::newRecoveryCode);
        recovery.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().enabledAdministrator(), model.selectedProperty()));
        Button disable = new Button();
        disable.setId("accounts-disable");
        disable.textProperty().bind(i18n.text(m -> m.get(model.selectedProperty().get() != null
                && model.selectedProperty().get().disabled() ? "accounts.enable" : "accounts.disable"),
                model.selectedProperty()));
        disable.setOnAction(event -> {
            Account account = model.selectedProperty().get();
            model.setDisabled(!account.disabled(), this::showProblems);
        });
        for (Button needsOne : List.of(edit, roles, password, disable)) {
            needsOne.disableProperty().bind(model.selectedProperty().isNull());
        }
        error.setId("accounts-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);

        VBox top = new VBox(4, title, count);
        top.setPadding(new Insets(0, 0, 12, 0));
        HBox actions = new HBox(8, add, edit, roles, password, recovery, disable);
        VBox bottom = new VBox(8, actions, error);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
        root.setPadding(new Insets(20));
        root.setId("accounts-view");
    }

    public Parent root() {
        return root;
    }

    /** Opens the dialog of a new account. */
    public void newAccount() {
        AccountDialog dialog = new AccountDialog("accounts.new.title", EnumSet.allOf(Part.class), null);
        dialog.onOk(() -> model.add(dialog.userName.getText(), dialog.displayName.getText(), dialog.roles(),
                dialog.caseworkerId(), dialog.password.getText().toCharArray(), dialog.repeat.getText().toCharArray(),
                dialog::done));
        dialog.show();
    }

    private void edit() {
        AccountDialog dialog = new AccountDialog("accounts.edit.title", EnumSet.of(Part.DISPLAY_NAME, Part.CASEWORKER),
                model.selectedProperty().get());
        dialog.onOk(() -> model.edit(dialog.displayName.getText(), dialog.caseworkerId(), dialog::done));
        dialog.show();
    }

    private void changeRoles() {
        AccountDialog dialog = new AccountDialog("accounts.roles.title", EnumSet.of(Part.ROLES),
                model.selectedProperty().get());
        dialog.onOk(() -> model.setRoles(dialog.roles(), dialog::done));
        dialog.show();
    }

    private void newPassword() {
        AccountDialog dialog = new AccountDialog("accounts.password.title", EnumSet.of(Part.PASSWORDS), null);
        dialog.onOk(() -> model.setPassword(dialog.password.getText().toCharArray(),
                dialog.repeat.getText().toCharArray(), dialog::done));
        dialog.show();
    }

    /**
     * Asks first (the old code stops working), then makes the new code and shows it once, in large
     * letters; the dialog closes only once the administrator says it is written down.
     */
    private void newRecoveryCode() {
        Messages m = i18n.current();
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle(m.get("accounts.recovery.title"));
        ask.initOwner(owner.get());
        Label question = new Label(m.get("accounts.recovery.ask", model.selectedProperty().get().userName()));
        question.setWrapText(true);
        question.setPrefWidth(420);
        ask.getDialogPane().setContent(question);
        ButtonType make = new ButtonType(m.get("accounts.recovery.make"), ButtonBar.ButtonData.OK_DONE);
        ask.getDialogPane().getButtonTypes().addAll(make, new ButtonType(m.get("accounts.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.getDialogPane().lookupButton(make).setId("accounts-recovery-make");
        ask.setOnHidden(event -> {
            if (ask.getResult() == make) {
                model.newRecoveryCode((problems, code) -> {
                    if (problems.isEmpty()) {
                        showRecoveryCode(code);
                    } else {
                        showProblems(problems);
                    }
                });
            }
        });
        ask.show();
    }

    private void showRecoveryCode(String code) {
        Messages m = i18n.current();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get("accounts.recovery.title"));
        dialog.initOwner(owner.get());
        Label explain = new Label(m.get("setUp.recoveryCode.explain"));
        explain.setWrapText(true);
        Label shown = new Label(code);
        shown.setId("accounts-recovery-code");
        shown.setStyle("-fx-font-family: monospace; -fx-font-size: 20px; -fx-font-weight: bold;");
        CheckBox written = new CheckBox(m.get("setUp.recoveryCode.written"));
        written.setId("accounts-recovery-written");
        VBox content = new VBox(14, explain, shown, written);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("accounts-recovery-done");
        ok.disableProperty().bind(written.selectedProperty().not());
        // only the button closes it, once the code is written down
        dialog.setOnCloseRequest(event -> {
            if (!written.isSelected()) {
                event.consume();
            }
        });
        dialog.show();
    }

    private void showProblems(List<FieldProblem> problems) {
        error.setText(problems.stream().map(i18n.current()::problem)
                .collect(Collectors.joining(" ")));
    }

    static String roles(Messages m, Set<Role> roles) {
        return roles.stream().sorted().map(role -> m.get("accountRole." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private TableColumn<Account, String> column(String key, double width, Function<Account, String> value) {
        TableColumn<Account, String> column = new TableColumn<>();
        column.setPrefWidth(width);
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue()),
                i18n.messagesProperty()));
        // a text cut short (an administrator's five roles) is read whole in the tooltip
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The parts of the account dialog: a new account has them all, each change its own. */
    private enum Part { USER_NAME, DISPLAY_NAME, CASEWORKER, ROLES, PASSWORDS }

    /** One dialog for a new account, its name and caseworker, its roles or its new password: the fields each needs. */
    private final class AccountDialog {

        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final TextField userName = new TextField();
        private final TextField displayName = new TextField();
        private final ComboBox<Optional<Caseworker>> caseworker = new ComboBox<>();
        private final PasswordField password = new PasswordField();
        private final PasswordField repeat = new PasswordField();
        private final Map<Role, CheckBox> roleBoxes = new EnumMap<>(Role.class);
        private final Map<String, Label> errors = new HashMap<>();
        private Runnable ok;

        /** {@code account} is the account changed (its values fill the fields), null for a new one. */
        AccountDialog(String titleKey, Set<Part> parts, Account account) {
            Messages m = i18n.current();
            dialog.setTitle(m.get(titleKey));
            dialog.initOwner(owner.get());
            VBox content = new VBox(6);
            content.setPrefWidth(420);
            content.setId("account-dialog");
            if (parts.contains(Part.USER_NAME)) {
                field(content, "accounts.userName", userName, "account-user", "userName");
            }
            if (parts.contains(Part.DISPLAY_NAME)) {
                displayName.setText(account == null ? "" : account.displayName());
                field(content, "accounts.displayName", displayName, "account-name", "displayName");
            }
            if (parts.contains(Part.CASEWORKER)) {
                caseworkerChoice(content, account == null ? null : account.caseworkerId());
            }
            if (parts.contains(Part.ROLES)) {
                Set<Role> chosen = account == null ? Set.of(Role.CASEWORKER) : account.roles();
                content.getChildren().add(new Label(m.get("accounts.roles")));
                for (Role role : Role.values()) {
                    CheckBox box = new CheckBox(m.get("accountRole." + role.name()));
                    box.setId("account-role-" + role.name());
                    box.setSelected(chosen.contains(role));
                    roleBoxes.put(role, box);
                    content.getChildren().add(box);
                }
                content.getChildren().add(errorLabel("roles"));
            }
            if (parts.contains(Part.PASSWORDS)) {
                field(content, "setUp.password", password, "account-password", "password");
                Label hint = new Label(m.get("setUp.passwordHint"));
                hint.setWrapText(true);
                hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                hint.setMinHeight(Region.USE_PREF_SIZE);
                content.getChildren().add(hint);
                field(content, "setUp.repeat", repeat, "account-repeat", "passwordRepeat");
            }
            dialog.getDialogPane().setContent(content);
            ButtonType save = new ButtonType(m.get("accounts.save"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(m.get("accounts.cancel"),
                    ButtonBar.ButtonData.CANCEL_CLOSE));
            Node saveButton = dialog.getDialogPane().lookupButton(save);
            saveButton.setId("account-save");
            // the dialog stays open until the service took what was typed
            saveButton.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                ok.run();
            });
        }

        /** None, then the directory's caseworkers; {@code current} chosen (one no longer there shows as none). */
        private void caseworkerChoice(VBox content, UUID current) {
            Messages m = i18n.current();
            caseworker.setId("account-caseworker");
            caseworker.setMaxWidth(Double.MAX_VALUE);
            caseworker.getItems().add(Optional.empty());
            model.caseworkers().forEach(one -> caseworker.getItems().add(Optional.of(one)));
            caseworker.setConverter(new StringConverter<>() {
                @Override
                public String toString(Optional<Caseworker> choice) {
                    return choice == null || choice.isEmpty() ? m.get("accounts.caseworker.none") : choice.get().name();
                }

                @Override
                public Optional<Caseworker> fromString(String text) {
                    throw new UnsupportedOperationException("the choice is not typed");
                }
            });
            caseworker.setValue(caseworker.getItems().stream()
                    .filter(choice -> choice.map(c -> c.id().equals(current)).orElse(current == null))
                    .findFirst().orElse(Optional.empty()));
            Label hint = new Label(m.get("accounts.caseworker.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            content.getChildren().addAll(new Label(m.get("accounts.caseworker")), caseworker, hint);
        }

        UUID caseworkerId() {
            Optional<Caseworker> choice = caseworker.getValue();
            return choice == null ? null : choice.map(Caseworker::id).orElse(null);
        }

        void onOk(Runnable action) {
            ok = action;
        }

        void show() {
            dialog.show();
        }

        Set<Role> roles() {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            roleBoxes.forEach((role, box) -> {
                if (box.isSelected()) {
                    chosen.add(role);
                }
            });
            return chosen;
        }

        void done(List<FieldProblem> problems) {
            if (problems.isEmpty()) {
                dialog.close();
                return;
            }
            password.clear();
            repeat.clear();
            errors.values().forEach(label -> label.setText(""));
            for (FieldProblem problem : problems) {
                Label label = errors.getOrDefault(problem.field(), errors.get("userName"));
                if (label != null && label.getText().isEmpty()) {
                    label.setText(i18n.current().problem(problem));
                }
            }
        }

        private void field(VBox content, String key, TextInputControl input, String id,
                String field) {
            input.setId(id);
            content.getChildren().addAll(new Label(i18n.current().get(key)), input, errorLabel(field));
        }

        private Label errorLabel(String field) {
            Label label = new Label();
            label.setId("account-" + field + "-error");
            label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            label.setWrapText(true);
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.managedProperty());
            errors.put(field, label);
            return label;
        }
    }
}
