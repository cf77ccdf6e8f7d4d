package de.lotse.app.i18n;

import de.lotse.core.account.Refusal;
import de.lotse.core.account.RefusedException;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;

/** Words for every failure a person can meet: store problems and the rest. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    public static String describe(StoreProblem problem, Messages messages) {
        return switch (problem) {
            case StoreProblem.ReadOnly p -> messages.get("problem.readOnly", p.folder());
            case StoreProblem.InUse p -> messages.get("problem.inUse", p.folder());
            case StoreProblem.Corrupt p -> messages.get("problem.corrupt", p.file());
            case StoreProblem.NewerSchema p -> messages.get("problem.newerSchema", p.file(), p.found(), p.supported());
            case StoreProblem.DiskFull p -> messages.get("problem.diskFull", p.folder());
            case StoreProblem.MigrationFailed p -> messages.get("problem.migrationFailed", p.file());
            case StoreProblem.NotABackup p -> messages.get("problem.notABackup", p.file());
            case StoreProblem.KeyMismatch p -> messages.get("problem.keyMismatch", p.file());
            case StoreProblem.KeyFileDamaged p -> messages.get("problem.keyFileDamaged", p.file());
            case StoreProblem.Unexpected p -> messages.get("problem.unexpected", p.folder());
        };
    }

    /** A service's refusal as one sentence. */
    public static String describe(Refusal refusal, Messages messages) {
        return messages.get("refusal." + refusal.code());
    }

    /** A one-line message for any failure; technical details stay in the log. */
    public static String describe(Throwable failure, Messages messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return describe(store.problem(), messages);
            }
            if (t instanceof RefusedException refused) {
                return describe(refused.refusal(), messages);
            }
        }
        return messages.get("problem.bug");
    }
}
