package de.lotse.app.feature.login;

import atlantafx.base.theme.Styles;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login screen, at a start and on the lock: one card in the middle, nothing of the office behind it. */
public final class LoginView {

    private static final double CARD_WIDTH = 400;

    private final StackPane root;

    public LoginView(LoginViewModel model, I18n i18n) {
        Label brand = new Label("Lotse");
        brand.getStyleClass().addAll(Styles.TITLE_1, Widgets.BRAND);
        Label title = Widgets.label(i18n, model.isLock() ? "login.lockedTitle" : "login.title", Styles.TITLE_3);
        title.setId("login-title");
        Label text = Widgets.label(i18n, model.isLock() ? "login.lockedText" : "login.subtitle", Styles.TEXT_MUTED);
        text.setWrapText(true);

        TextField user = new TextField();
        user.setId("login-user");
        user.textProperty().bindBidirectional(model.userNameProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Button submit = new Button();
        submit.setId("login-submit");
        submit.textProperty().bind(i18n.text("login.submit"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(event -> model.logIn());
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        // the recovery with the administrator's code takes the place of the user name
        TextField code = new TextField();
        code.setId("login-code");
        code.setPromptText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        code.textProperty().bindBidirectional(model.recoveryCodeProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("login-repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        VBox byName = new VBox(10, Widgets.label(i18n, "login.userName"), user);
        VBox byCode = new VBox(10, Widgets.label(i18n, "login.recoveryCode"), code);
        VBox again = new VBox(10, Widgets.label(i18n, "setUp.repeat"), repeat);
        Label passwordLabel = new Label();
        passwordLabel.textProperty().bind(i18n.text(m -> m.get(model.recoveringProperty().get()
                ? "login.newPassword" : "login.password"), model.recoveringProperty()));
        shownWhen(byCode, model.recoveringProperty());
        shownWhen(again, model.recoveringProperty());
        shownWhen(byName, model.recoveringProperty().not());
        Hyperlink forgot = new Hyperlink();
        forgot.setId("login-forgot");
        forgot.textProperty().bind(i18n.text(m -> m.get(model.recoveringProperty().get()
                ? "login.back" : "login.forgot"), model.recoveringProperty()));
        forgot.setOnAction(event -> model.toggleRecovery());
        forgot.setVisible(!model.isLock());
        forgot.setManaged(!model.isLock());
        submit.textProperty().unbind();
        submit.textProperty().bind(i18n.text(m -> m.get(model.recoveringProperty().get()
                ? "login.recover" : "login.submit"), model.recoveringProperty()));

        VBox card = new VBox(10, brand, title, text, byName, byCode, passwordLabel, password, again,
                error, submit, working, forgot);
        String hint = model.demoHint();
        if (!hint.isEmpty()) {
            Label demo = new Label(hint);
            demo.setId("login-demo");
            demo.setWrapText(true);
            demo.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            card.getChildren().add(demo);
        }
        card.getStyleClass().add(Widgets.CARD);
        card.setPadding(new Insets(28));
        card.setMaxWidth(CARD_WIDTH);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        root = new StackPane(card);
        root.setId("login-view");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(24));
        // the name is typed first, unless it is known (the lock of the same user)
        Platform.runLater(() -> (user.getText().isEmpty() ? user : password).requestFocus());
    }

    private static void shownWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    public Parent root() {
        return root;
    }
}
