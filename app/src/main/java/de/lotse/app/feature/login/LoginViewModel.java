package de.lotse.app.feature.login;

import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The login screen: a user name and a password open the store at a start, or the locked window
 * again. One sentence for every refusal; the password field is emptied at each attempt.
 */
public final class LoginViewModel {

    private final LoginPort port;
    private final boolean lock;
    private final String demoHint;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty recovering = new SimpleBooleanProperty();
    private final StringProperty recoveryCode = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    /**
     * {@code lock}: the window is locked (else it is a start); {@code demoHint} names the demo's
     * accounts on a demo installation, else it is empty.
     */
    public LoginViewModel(LoginPort port, boolean lock, String demoHint, I18n i18n, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.port = Objects.requireNonNull(port, "port");
        this.lock = lock;
        this.demoHint = demoHint;
        this.i18n = i18n;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Tries the typed user name and password (or, while recovering, the code and the new password). */
    public void logIn() {
        if (busy.get()) {
            return;
        }
        if (recovering.get()) {
            recover();
            return;
        }
        String name = userName.get() == null ? "" : userName.get().strip();
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        password.set("");
        if (name.isEmpty() || typed.length == 0) {
            error.set(i18n.current().get("login.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        tasks.run(() -> {
            try {
                return port.logIn(name, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, this::answered, this::failed);
    }

    private void recover() {
        String code = recoveryCode.get() == null ? "" : recoveryCode.get();
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        char[] again = repeat.get() == null ? new char[0] : repeat.get().toCharArray();
        password.set("");
        repeat.set("");
        busy.set(true);
        error.set("");
        tasks.run(() -> {
            try {
                return port.recover(code, typed, again);
            } finally {
                Arrays.fill(typed, '\0');
                Arrays.fill(again, '\0');
            }
        }, this::answered, this::failed);
    }

    private void answered(LoginPort.Attempt outcome) {
        busy.set(false);
        switch (outcome) {
            case LoginPort.Attempt.Admitted admitted -> admitted.enter().run();
            case LoginPort.Attempt.Refused refused -> error.set(i18n.current().get(refused.messageKey(),
                    refused.args().toArray()));
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        onFailure.accept(failure);
    }

    /** The demo's accounts and password when the folder was set up with them, else empty. */
    public String demoHint() {
        return demoHint;
    }

    /** Switches between the login and the recovery with the administrator's code (only at a start). */
    public void toggleRecovery() {
        if (!lock) {
            recovering.set(!recovering.get());
            error.set("");
            password.set("");
            repeat.set("");
        }
    }

    public BooleanProperty recoveringProperty() {
        return recovering;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Whether the window is locked (else it is a start). */
    public boolean isLock() {
        return lock;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
