package de.lotse.app.shell;

import java.util.UUID;

/**
 * What one area asks of another, without knowing it: open a record wherever it is shown, start a
 * new one where it is made. The window routes each to the feature that serves it.
 */
public interface Navigator {

    /** Shows the person in Personen &amp; Fälle. */
    void openPerson(UUID personId);

    /** Shows the case file in Personen &amp; Fälle. */
    void openCase(UUID caseId);

    /** An empty person form in Personen &amp; Fälle, after asking about unsaved changes. */
    void newPerson();

    /** The cursor into the search of Personen &amp; Fälle (the tab in front there). */
    void searchPersons();

    /** "Neuer Fall" for a stored person. */
    void newCase(UUID personId);

    /** Plans an appointment, for today and the chosen caseworker, with the person and case given (each may be null). */
    void newAppointment(UUID personId, UUID caseId);

    /** The possible duplicates, to compare and merge two persons. */
    void comparePersons();

    /** Verwaltung → Abgleich. */
    void showSync();

    /** Verwaltung → Konflikte. */
    void showConflicts();
}
