package de.lotse.app.shell;

import java.util.UUID;

/** Opens a record wherever it is shown, from any view: a line of the Start view, an appointment, a case list. */
public interface Navigator {

    /** Shows the person in Personen & Fälle. */
    void openPerson(UUID personId);

    /** Shows the case file in Personen & Fälle. */
    void openCase(UUID caseId);
}
