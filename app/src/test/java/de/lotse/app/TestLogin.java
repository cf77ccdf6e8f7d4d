package de.lotse.app;

import de.lotse.app.security.Login;
import de.lotse.core.account.Role;
import de.lotse.core.keys.Argon2Params;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.task.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;

/**
 * Opens a test's data folder as its administrator: a new folder is set up with {@link #ADMIN},
 * who holds every role (so that a test of a screen may use all of it), a set-up one logged in
 * to, with the cheap key costs of tests.
 */
public final class TestLogin {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "Kastanienallee im Herbst";

    private TestLogin() {
    }

    /** The login of {@code dataDir} with the tests' key costs. */
    public static Login login(Path dataDir, Clock clock) {
        return new Login(dataDir, clock, Argon2Params.FOR_TESTS);
    }

    /** The store of {@code dataDir}, open and logged in as the administrator. */
    public static AppContext open(Path dataDir, Clock clock) {
        Login login = login(dataDir, clock);
        if (login.state() == Login.State.NEW) {
            Login.SetUp made = login.setUp(ADMIN, "Administration", PASSWORD.toCharArray(), PASSWORD.toCharArray());
            if (made instanceof Login.SetUp.Done done) {
                done.recoveryCode().destroy();
                AppContext context = done.context();
                context.logIn(context.accounts().setRoles(context.user().orElseThrow().accountId(),
                        EnumSet.allOf(Role.class)).orElseThrow());
                return context;
            }
            throw new AssertionError("set-up refused: " + made);
        }
        Login.Outcome outcome = login.logIn(ADMIN, PASSWORD.toCharArray());
        if (outcome instanceof Login.Outcome.LoggedIn in) {
            return in.context();
        }
        throw new AssertionError("login refused: " + outcome);
    }

    /**
     * A new device in {@code dataDir} that joins the realm on {@code share}: set up by the join,
     * with the office's accounts, logged in as the office's administrator.
     */
    public static AppContext joined(Path dataDir, Path share, char[] passphrase, String deviceName)
            throws SyncRefusedException {
        Login login = login(dataDir, Clock.systemDefaultZone());
        AppContext context = login.beginJoin();
        try {
            context.sync().join(share, passphrase, deviceName);
            context.sync().sync(Progress.NONE);
            if (!login.finishJoin(context)) {
                throw new AssertionError("the share brought no accounts");
            }
            if (!(login.unlock(context, ADMIN, PASSWORD.toCharArray()) instanceof Login.Outcome.LoggedIn)) {
                throw new AssertionError("the office's administrator cannot log in on the joined device");
            }
            return context;
        } catch (RuntimeException | SyncRefusedException | AssertionError e) {
            context.close();
            throw e;
        }
    }
}
