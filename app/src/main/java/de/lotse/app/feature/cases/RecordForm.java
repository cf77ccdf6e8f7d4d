package de.lotse.app.feature.cases;

import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The fields of one record of a case (a step, a consent, a benefit, a referral) as a dialog edits
 * them: text as typed, the problems beside the fields, and whether anything changed since it was
 * opened. {@code T} is the record.
 */
public abstract class RecordForm<T> {

    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, FieldProblem> problemsView = FXCollections.unmodifiableObservableMap(problems);
    private List<Object> opened = List.of();
    private final Supplier<CaseFormats> formats;

    /** {@code formats} gives the forms of days and amounts in the current language. */
    protected RecordForm(Supplier<CaseFormats> formats) {
        this.formats = formats;
    }

    protected CaseFormats formats() {
        return formats.get();
    }

    /** The fields as they are now, to tell whether they changed. */
    protected abstract List<Object> values();

    /** Fills the fields from {@code record}, or with a new record's defaults when it is null. */
    protected abstract void fill(T record, LocalDate today);

    /**
     * The record the fields describe, under {@code id}, or null after adding to {@code found} what
     * keeps the typed text from being one (a day or an amount in the wrong form).
     */
    protected abstract T build(UUID id, UUID caseId, List<FieldProblem> found);

    /** Opens {@code record} (with its {@code id}) for editing, or a new one when both are null. */
    void open(T record, UUID id, LocalDate today) {
        fill(record, today);
        editing.set(id);
        problems.clear();
        opened = values();
    }

    void showProblems(List<FieldProblem> found) {
        problems.clear();
        found.forEach(problem -> problems.putIfAbsent(problem.field(), problem));
    }

    /** The id of the record being edited; null for a new one. */
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Field name to its problem. */
    public ObservableMap<String, FieldProblem> problems() {
        return problemsView;
    }

    /** True when a field differs from what was opened. */
    public boolean isDirty() {
        return !values().equals(opened);
    }

    /** An optional day: empty text is none; otherwise a problem of {@code field} when it is not a day. */
    protected static LocalDate day(String field, String text, List<FieldProblem> found) {
        return Days.parse(field, text, found);
    }

    protected static String text(String value) {
        return value == null ? "" : value;
    }
}
