package de.lotse.app.feature.login;

import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import de.lotse.core.account.AccountService;
import de.lotse.core.account.PasswordRules;
import de.lotse.core.validation.FieldProblem;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first start of a new installation: the first administrator's user name, name and password
 * (twice); then the recovery code, shown once, which the person confirms having written down
 * before Lotse opens.
 */
public final class SetUpViewModel {

    private final LoginPort port;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper userNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repeatError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryCode = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty codeWrittenDown = new SimpleBooleanProperty();
    /** How Lotse opens once the set-up is made and the code written down; null before. */
    private Runnable enter;

    public SetUpViewModel(LoginPort port, I18n i18n, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.port = port;
        this.i18n = i18n;
        this.tasks = tasks;
        this.onFailure = onFailure;
        displayName.set(i18n.current().get("cli.init.defaultName"));
    }

    /** Sets the installation up with what was typed, or shows next to each field what is wrong. */
    public void setUp() {
        if (busy.get() || enter != null) {
            return;
        }
        char[] first = password.get().toCharArray();
        char[] second = repeat.get().toCharArray();
        String name = userName.get();
        String shown = displayName.get();
        busy.set(true);
        tasks.run(() -> {
            try {
                return port.setUp(name, shown, first, second);
            } finally {
                Arrays.fill(first, '\0');
                Arrays.fill(second, '\0');
            }
        }, outcome -> {
            busy.set(false);
            switch (outcome) {
                case LoginPort.SetUp.Invalid invalid -> show(invalid.problems());
                case LoginPort.SetUp.Made made -> {
                    show(List.of());
                    password.set("");
                    repeat.set("");
                    enter = made.enter();
                    recoveryCode.set(made.recoveryCode());
                }
            }
        }, failure -> {
            busy.set(false);
            onFailure.accept(failure);
        });
    }

    /** The person has written the recovery code down: it leaves the screen, Lotse opens. */
    public void proceed() {
        if (enter == null || !codeWrittenDown.get()) {
            return;
        }
        recoveryCode.set("");
        enter.run();
    }

    private void show(List<FieldProblem> problems) {
        userNameError.set(text(problems, AccountService.USER_NAME));
        displayNameError.set(text(problems, AccountService.DISPLAY_NAME));
        passwordError.set(text(problems, PasswordRules.FIELD));
        repeatError.set(text(problems, PasswordRules.REPEAT_FIELD));
    }

    private String text(List<FieldProblem> problems, String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst()
                .map(problem -> i18n.current().problem(problem))
                .orElse("");
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty userNameErrorProperty() {
        return userNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty displayNameErrorProperty() {
        return displayNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty repeatErrorProperty() {
        return repeatError.getReadOnlyProperty();
    }

    /** The recovery code in groups, while it is shown; empty before the set-up and after. */
    public ReadOnlyStringProperty recoveryCodeProperty() {
        return recoveryCode.getReadOnlyProperty();
    }

    public BooleanProperty codeWrittenDownProperty() {
        return codeWrittenDown;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
