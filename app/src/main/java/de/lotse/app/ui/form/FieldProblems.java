package de.lotse.app.ui.form;

import de.lotse.core.validation.FieldProblem;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The problems shown beside a form's fields, keyed by field: the first problem of each field,
 * whether the form found it in the typed text or a service's checks did.
 */
public final class FieldProblems {

    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    /** Made once and held: an unmodifiable view only weakly listens to its map, and a view's listeners must last. */
    private final ObservableMap<String, FieldProblem> view = FXCollections.unmodifiableObservableMap(problems);

    /** Shows {@code found} in place of what was shown: the first problem of each field. */
    public void show(List<FieldProblem> found) {
        problems.clear();
        found.forEach(problem -> problems.putIfAbsent(problem.field(), problem));
    }

    public void clear() {
        problems.clear();
    }

    /** Drops the problems of the fields {@code which} names, e.g. when those fields moved. */
    public void drop(Predicate<String> which) {
        problems.keySet().removeIf(which);
    }

    /** Field name to its problem; read-only, for views. */
    public ObservableMap<String, FieldProblem> view() {
        return view;
    }
}
