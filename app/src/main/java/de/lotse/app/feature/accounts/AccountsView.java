package de.lotse.app.feature.accounts;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.account.Account;
import de.lotse.core.account.Role;
import de.lotse.core.validation.FieldProblem;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

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
        table.getColumns().add(column("accounts.userName", Account::userName));
        table.getColumns().add(column("accounts.displayName", Account::displayName));
        table.getColumns().add(column("accounts.roles", account -> roles(i18n.current(), account.roles())));
        table.getColumns().add(column("accounts.state", account -> i18n.current().get(account.disabled()
                ? "accounts.disabled" : "accounts.enabled")));
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
        Button roles = button("accounts-roles", "accounts.changeRoles", this::changeRoles);
        Button password = button("accounts-password", "accounts.newPassword", this::newPassword);
        Button disable = new Button();
        disable.setId("accounts-disable");
        disable.textProperty().bind(i18n.text(m -> m.get(model.selectedProperty().get() != null
                && model.selectedProperty().get().disabled() ? "accounts.enable" : "accounts.disable"),
                model.selectedProperty()));
        disable.setOnAction(event -> {
            Account account = model.selectedProperty().get();
            model.setDisabled(!account.disabled(), this::showProblems);
        });
        for (Button needsOne : List.of(roles, password, disable)) {
            needsOne.disableProperty().bind(model.selectedProperty().isNull());
        }
        error.setId("accounts-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);

        VBox top = new VBox(4, title, count);
        top.setPadding(new Insets(0, 0, 12, 0));
        HBox actions = new HBox(8, add, roles, password, disable);
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
        AccountDialog dialog = new AccountDialog("accounts.new.title", true, true, true, Set.of(Role.CASEWORKER));
        dialog.onOk(() -> model.add(dialog.userName.getText(), dialog.displayName.getText(), dialog.roles(),
                dialog.password.getText().toCharArray(), dialog.repeat.getText().toCharArray(), dialog::done));
        dialog.show();
    }

    private void changeRoles() {
        AccountDialog dialog = new AccountDialog("accounts.roles.title", false, true, false,
                model.selectedProperty().get().roles());
        dialog.onOk(() -> model.setRoles(dialog.roles(), dialog::done));
        dialog.show();
    }

    private void newPassword() {
        AccountDialog dialog = new AccountDialog("accounts.password.title", false, false, true, Set.of());
        dialog.onOk(() -> model.setPassword(dialog.password.getText().toCharArray(),
                dialog.repeat.getText().toCharArray(), dialog::done));
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

    private TableColumn<Account, String> column(String key, Function<Account, String> value) {
        TableColumn<Account, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue()),
                i18n.messagesProperty()));
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** One dialog for a new account, its roles or its new password: the fields each needs. */
    private final class AccountDialog {

        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final TextField userName = new TextField();
        private final TextField displayName = new TextField();
        private final PasswordField password = new PasswordField();
        private final PasswordField repeat = new PasswordField();
        private final Map<Role, CheckBox> roleBoxes = new EnumMap<>(Role.class);
        private final Map<String, Label> errors = new HashMap<>();
        private Runnable ok;

        AccountDialog(String titleKey, boolean names, boolean roles, boolean passwords, Set<Role> chosen) {
            Messages m = i18n.current();
            dialog.setTitle(m.get(titleKey));
            dialog.initOwner(owner.get());
            VBox content = new VBox(6);
            content.setPrefWidth(420);
            content.setId("account-dialog");
            if (names) {
                field(content, "accounts.userName", userName, "account-user", "userName");
                field(content, "accounts.displayName", displayName, "account-name", "displayName");
            }
            if (roles) {
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
            if (passwords) {
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
