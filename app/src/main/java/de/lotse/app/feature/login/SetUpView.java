package de.lotse.app.feature.login;

import atlantafx.base.theme.Styles;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The first start: the first administrator's form, then the recovery code in large letters with
 * the confirmation that it was written down.
 */
public final class SetUpView {

    private static final double CARD_WIDTH = 460;

    private final StackPane root;

    public SetUpView(SetUpViewModel model, I18n i18n) {
        VBox form = form(model, i18n);
        VBox code = code(model, i18n);
        code.visibleProperty().bind(model.recoveryCodeProperty().isNotEmpty());
        form.visibleProperty().bind(code.visibleProperty().not());
        root = new StackPane(form, code);
        root.setId("setup-view");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(24));
    }

    private static VBox form(SetUpViewModel model, I18n i18n) {
        Label title = Widgets.label(i18n, "setUp.title", Styles.TITLE_2);
        Label text = Widgets.label(i18n, "setUp.text");
        text.setWrapText(true);
        PasswordField password = new PasswordField();
        Label hint = Widgets.label(i18n, "setUp.passwordHint", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button submit = new Button();
        submit.setId("setup-submit");
        submit.textProperty().bind(i18n.text("setUp.submit"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(event -> model.setUp());
        VBox card = new VBox(8, title, text,
                field(i18n, "setUp.userName", new TextField(), "setup-user", model.userNameProperty(),
                        model.userNameErrorProperty()),
                field(i18n, "setUp.displayName", new TextField(), "setup-name", model.displayNameProperty(),
                        model.displayNameErrorProperty()),
                field(i18n, "setUp.password", password, "setup-password", model.passwordProperty(),
                        model.passwordErrorProperty()),
                hint,
                field(i18n, "setUp.repeat", new PasswordField(), "setup-repeat", model.repeatProperty(),
                        model.repeatErrorProperty()),
                submit);
        return card(card);
    }

    /** A label, the input and the input's problem below it (hidden while there is none). */
    private static Node field(I18n i18n, String key, TextInputControl input, String id,
            javafx.beans.property.StringProperty value, ObservableStringValue problem) {
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(problem);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return new VBox(4, Widgets.label(i18n, key), input, error);
    }

    private static VBox code(SetUpViewModel model, I18n i18n) {
        Label title = Widgets.label(i18n, "setUp.recoveryCode.title", Styles.TITLE_2);
        Label text = Widgets.label(i18n, "setUp.recoveryCode.explain");
        text.setWrapText(true);
        Label code = new Label();
        code.setId("setup-code");
        code.textProperty().bind(model.recoveryCodeProperty());
        code.setStyle("-fx-font-family: monospace; -fx-font-size: 20px; -fx-font-weight: bold;");
        code.setWrapText(true);
        CheckBox written = new CheckBox();
        written.setId("setup-written");
        written.textProperty().bind(i18n.text("setUp.recoveryCode.written"));
        written.selectedProperty().bindBidirectional(model.codeWrittenDownProperty());
        Button proceed = new Button();
        proceed.setId("setup-proceed");
        proceed.textProperty().bind(i18n.text("setUp.proceed"));
        proceed.getStyleClass().add(Styles.ACCENT);
        proceed.disableProperty().bind(written.selectedProperty().not());
        proceed.setOnAction(event -> model.proceed());
        return card(new VBox(14, title, text, code, written, proceed));
    }

    private static VBox card(VBox card) {
        card.getStyleClass().add(Widgets.CARD);
        card.setPadding(new Insets(28));
        card.setMaxWidth(CARD_WIDTH);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        return card;
    }

    public Parent root() {
        return root;
    }
}
