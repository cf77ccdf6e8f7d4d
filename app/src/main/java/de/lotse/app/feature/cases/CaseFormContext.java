package de.lotse.app.feature.cases;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.core.cases.CaseService;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the forms of a case's records (steps, consents, benefits, referrals) share: background
 * work, the case they belong to, today for a new record's days, and the forms of days and amounts
 * in the current language.
 */
final class CaseFormContext {

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final CaseService cases;
    private final Supplier<UUID> caseId;
    private final Supplier<CaseFormats> formats;

    /** {@code caseId} gives the id of the case shown. */
    CaseFormContext(TaskRunner tasks, Consumer<Throwable> onFailure, CaseService cases, Supplier<UUID> caseId,
            Supplier<CaseFormats> formats) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.cases = cases;
        this.caseId = caseId;
        this.formats = formats;
    }

    /** A form whose new records get their ids from the case service. */
    <T> Form<T> form(Consumer<T> fill, Form.Reader<T> read) {
        return new Form<>(tasks, onFailure, cases::newId, fill, read);
    }

    UUID caseId() {
        return caseId.get();
    }

    LocalDate today() {
        return cases.today();
    }

    CaseFormats formats() {
        return formats.get();
    }
}
