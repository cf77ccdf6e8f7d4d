package de.lotse.app.feature.login;

import de.lotse.core.validation.FieldProblem;
import java.util.List;

/**
 * What the login and set-up screens ask of the window: both are called off the FX thread, and
 * the window's answer says how to go on. The screens know nothing of the store behind them.
 */
public interface LoginPort {

    /** A login with what was typed. */
    Attempt logIn(String userName, char[] password);

    /**
     * The administrator's way back in with the recovery code, setting a new password; a refused
     * new password comes back as {@link Attempt.Refused} with the rule it breaks.
     */
    Attempt recover(String code, char[] password, char[] repeat);

    /** The first administrator of a new installation. */
    SetUp setUp(String userName, String displayName, char[] password, char[] repeat);

    /** What a login came to. */
    sealed interface Attempt {

        /** Let in: {@code enter} (on the FX thread) puts the main view on the stage. */
        record Admitted(Runnable enter) implements Attempt { }

        /** Refused, in the words of {@code messageKey}. */
        record Refused(String messageKey, List<Object> args) implements Attempt {

            public Refused {
                args = List.copyOf(args);
            }
        }
    }

    /** What a set-up came to. */
    sealed interface SetUp {

        /** What was typed is refused; nothing was made. */
        record Invalid(List<FieldProblem> problems) implements SetUp { }

        /** Made: {@code recoveryCode} is shown once, then {@code enter} (on the FX thread) opens Lotse. */
        record Made(String recoveryCode, Runnable enter) implements SetUp { }
    }
}
