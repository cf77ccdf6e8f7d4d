package de.lotse.app.ui.form;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableMap;

/**
 * The state of a form over one record {@code T}, the same for every editor: what it shows
 * ({@link FormMode}), the id of the record, the base (the record as the form showed it when it was
 * opened or last saved), the problems beside the fields, and whether the fields hold changes.
 *
 * <p>Saving reads the fields; when they are good, base and edited record go to a service in the
 * background, which checks the edited record and stores only the fields that differ from the base.
 * So a form opened before a sync never undoes what another device changed in a field the person
 * left alone. A form is its fields, a function that fills them and one that reads them:
 * <pre>{@code
 * form = new Form<>(tasks, onFailure, facilities::newId, this::fill, this::read);
 * form.track(name, beds);                          // dirty while either differs from what was filled in
 * form.open(facility.id(), facility);              // or form.newRecord()
 * form.saveAndOpen(facilities::save, Facility::id, saved -> list.reload());
 * }</pre>
 * Use it on the FX thread; only the service's save runs in the background.
 */
public final class Form<T> {

    /** Reads a form's fields into a record. */
    @FunctionalInterface
    public interface Reader<T> {

        /**
         * The record the fields describe under {@code id}, or null after adding to {@code found}
         * every field whose text is no value (a day or a number in the wrong form).
         */
        T read(UUID id, List<FieldProblem> found);
    }

    /** A service's save: checks {@code edited} and stores what differs from {@code base} (null: a new record). */
    @FunctionalInterface
    public interface Save<T, R> {

        Validated<R> save(T base, T edited) throws Exception;
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<UUID> newId;
    private final Consumer<T> fill;
    private final Reader<T> read;
    private final List<ObservableValue<?>> fields = new ArrayList<>();

    private final ReadOnlyObjectWrapper<FormMode> mode = new ReadOnlyObjectWrapper<>(FormMode.EMPTY);
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<T> base = new ReadOnlyObjectWrapper<>();
    /** What the fields held when they were last filled or saved: the form is dirty while they differ. */
    private final ReadOnlyObjectWrapper<List<Object>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final FieldProblems problems = new FieldProblems();
    private final Dirty dirty = new Dirty();

    /**
     * {@code newId} gives the id a new record is read under (it may give null when the service
     * chooses it); {@code fill} puts a record into the fields, or a new record's defaults for null.
     */
    public Form(TaskRunner tasks, Consumer<Throwable> onFailure, Supplier<UUID> newId, Consumer<T> fill,
            Reader<T> read) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.newId = newId;
        this.fill = fill;
        this.read = read;
    }

    /** The fields whose values make the form dirty while they differ from what was filled in. */
    public void track(ObservableValue<?>... values) {
        for (ObservableValue<?> value : values) {
            fields.add(value);
            dirty.follow(value);
        }
        shown.set(values());
    }

    private List<Object> values() {
        return fields.stream().<Object>map(ObservableValue::getValue).toList();
    }

    /** Shows a stored record with its id; it is the base of the next save. */
    public void open(UUID id, T record) {
        show(record);
        editing.set(id);
        base.set(record);
        mode.set(FormMode.EDIT);
    }

    /** Shows a stored {@code record} under its id, or a new record's defaults when it is null. */
    public void openOrNew(T record, Function<? super T, UUID> idOf) {
        if (record == null) {
            newRecord();
        } else {
            open(idOf.apply(record), record);
        }
    }

    /** An empty form for a new record: the fields' defaults. */
    public void newRecord() {
        newRecord(null);
    }

    /** A form for a new record that starts as {@code start} (null: the fields' defaults); nothing is stored yet. */
    public void newRecord(T start) {
        show(start);
        editing.set(null);
        base.set(null);
        mode.set(FormMode.NEW);
    }

    /** Shows nothing: no record is chosen. */
    public void clear() {
        show(null);
        editing.set(null);
        base.set(null);
        mode.set(FormMode.EMPTY);
    }

    /** Drops the changes (Esc): a stored record is shown as it was opened; a new one is dropped. */
    public void cancel() {
        if (mode.get() == FormMode.EDIT) {
            show(base.get());
        } else {
            clear();
        }
    }

    /**
     * The fields as they are now were saved as {@code record} under {@code id}: it becomes the
     * base, and the fields keep the text as typed.
     */
    public void saved(UUID id, T record) {
        problems.clear();
        editing.set(id);
        base.set(record);
        mode.set(FormMode.EDIT);
        shown.set(values());
    }

    private void show(T record) {
        fill.accept(record);
        problems.clear();
        shown.set(values());
    }

    /** As {@link #save(Save, Consumer, Runnable)}, with nothing to do on problems. */
    public <R> void save(Save<T, R> service, Consumer<R> onSaved) {
        save(service, onSaved, () -> { });
    }

    /**
     * Saves the fields when they are good, through {@code service} in the background; then
     * {@code onSaved} gets what the service gave (the form is left as it is: open the stored
     * record, or reset the form, there). Otherwise the problems, the form's own or the service's,
     * appear beside the fields, nothing is saved and {@code onInvalid} runs. An empty form saves
     * nothing.
     */
    public <R> void save(Save<T, R> service, Consumer<R> onSaved, Runnable onInvalid) {
        if (mode.get() == FormMode.EMPTY) {
            return;
        }
        List<FieldProblem> found = new ArrayList<>();
        T edited = read.read(editing.get() == null ? newId.get() : editing.get(), found);
        if (!found.isEmpty()) {
            problems.show(found);
            onInvalid.run();
            return;
        }
        T opened = base.get();
        tasks.run(() -> service.save(opened, edited), result -> {
            switch (result) {
                case Validated.Valid<R> valid -> {
                    problems.clear();
                    onSaved.accept(valid.value());
                }
                case Validated.Invalid<R> invalid -> {
                    problems.show(invalid.problems());
                    onInvalid.run();
                }
            }
        }, onFailure);
    }

    /**
     * Saves as {@link #save(Save, Consumer, Runnable)}; the record as the service stored it (e.g.
     * trimmed) then shows in the form under its id, the base of the next save, before
     * {@code onSaved} gets it.
     */
    public void saveAndOpen(Save<T, T> service, Function<? super T, UUID> idOf, Consumer<T> onSaved,
            Runnable onInvalid) {
        save(service, stored -> {
            open(idOf.apply(stored), stored);
            onSaved.accept(stored);
        }, onInvalid);
    }

    /** As {@link #saveAndOpen(Save, Function, Consumer, Runnable)}, with nothing to do on problems. */
    public void saveAndOpen(Save<T, T> service, Function<? super T, UUID> idOf, Consumer<T> onSaved) {
        saveAndOpen(service, idOf, onSaved, () -> { });
    }

    /** Shows problems found outside a save (the first of each field), in place of those shown. */
    public void showProblems(List<FieldProblem> found) {
        problems.show(found);
    }

    /** Drops the problems of the fields {@code which} names (their fields moved, so they would point at others). */
    public void dropProblems(Predicate<String> which) {
        problems.drop(which);
    }

    public ReadOnlyObjectProperty<FormMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The id of the stored record shown; null for a new record or an empty form. */
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The record as the form showed it when it was opened or last saved; null for a new record or an empty form. */
    public ReadOnlyObjectProperty<T> baseProperty() {
        return base.getReadOnlyProperty();
    }

    /** Field name to its problem; read-only, for views. */
    public ObservableMap<String, FieldProblem> problems() {
        return problems.view();
    }

    /** True while a new or stored record is shown and a field differs from what was filled in. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** A stored text as its field shows it: none as empty. */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** Dirty as a binding over the fields, the mode and what was shown; fields join as they are tracked. */
    private final class Dirty extends BooleanBinding {

        Dirty() {
            bind(mode, shown);
        }

        void follow(ObservableValue<?> field) {
            bind(field);
            invalidate();
        }

        @Override
        protected boolean computeValue() {
            return mode.get() != FormMode.EMPTY && !values().equals(shown.get());
        }
    }
}
