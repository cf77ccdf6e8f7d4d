package de.lotse.core.account;

/**
 * A role in the office. A person may hold several; what they may do is the union of their
 * roles' permissions ({@link Permissions}).
 */
public enum Role {

    CASEWORKER("Fallmanagement"),
    FIELD_STAFF("Unterkunftsbetreuung"),
    VOLUNTEER_COORDINATOR("Ehrenamtskoordination"),
    HEAD_OF_OFFICE("Leitung"),
    ADMINISTRATOR("Administration");

    private final String officeTitle;

    Role(String officeTitle) {
        this.officeTitle = officeTitle;
    }

    /**
     * The office's German name of the role, for documents such as the permission table; the
     * screen takes its labels from the bundles.
     */
    public String officeTitle() {
        return officeTitle;
    }
}
