package de.lotse.app.feature.directory;

import de.lotse.core.validation.FieldProblem;
import java.util.List;
import javafx.collections.ObservableMap;

/** Puts the problems of a check into a form's map: the first problem of each field. */
final class Problems {

    private Problems() {
    }

    static void show(ObservableMap<String, FieldProblem> problems, List<FieldProblem> found) {
        problems.clear();
        found.forEach(problem -> problems.putIfAbsent(problem.field(), problem));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
