package de.lotse.core.account;

/**
 * What a service may be asked to show or do. Reads and writes are separate where a role may see
 * an area without changing it. Which role holds which is decided in one place, {@link Permissions}.
 *
 * <p>Syncing is no permission: every logged-in user's device syncs, and what it brings is still
 * shown by role. Resolving a person's sync conflict is a write of the person ({@link #PERSONS_WRITE}).
 */
public enum Permission {

    PERSONS_READ("persons' and households' base data: names, birth date, nationality, contact, household"),
    PERSONS_WRITE("create and change persons and households, resolve their sync conflicts"),
    PERSONS_MERGE("find duplicate persons and merge them"),
    CASES_READ("case files and their status, including that a case exists"),
    CASES_WRITE("open cases, move their status, assign caseworker and target group"),
    JOURNAL_READ("a case's journal (confidential entries need more, see CONFIDENTIAL_READ)"),
    JOURNAL_WRITE("append to a case's journal"),
    CONFIDENTIAL_READ("confidential entries and notes (Gesundheit, Schutz) of every case; "
            + "the responsible caseworker reads those of their own cases without it"),
    STEPS_READ("a case's integration plan"),
    STEPS_WRITE("add and change integration steps"),
    BENEFITS_READ("a case's benefits"),
    BENEFITS_WRITE("record and change benefits"),
    CONSENTS_READ("a case's consents"),
    CONSENTS_WRITE("record and withdraw consents"),
    REFERRALS_READ("a case's referrals"),
    REFERRALS_WRITE("make and change referrals"),
    AGENDA_READ("appointments"),
    AGENDA_WRITE("make and change appointments"),
    DIRECTORY_READ("organisations, caseworkers and plan templates"),
    ORGANISATIONS_WRITE("add and change organisations"),
    CASEWORKERS_MANAGE("add and change the directory's caseworkers"),
    TEMPLATES_MANAGE("add and change plan templates"),
    IMPORT("import persons from a CSV file"),
    ACCOMMODATION_READ("facilities, beds and occupancy"),
    ACCOMMODATION_WRITE("change facilities, beds and occupancy"),
    VOLUNTEERS_READ("volunteers and their opportunities"),
    VOLUNTEERS_WRITE("change volunteers and their opportunities"),
    REPORTS_READ("reports and statistics"),
    AUDIT_READ("the audit log"),
    ACCOUNTS_MANAGE("accounts: add, roles, passwords, disable"),
    DEVICES_MANAGE("the share and the office's devices"),
    INSTALLATION_MANAGE("Verwaltung: the installation's settings"),
    BACKUP_RESTORE("make backups and restore them"),
    RETENTION_MANAGE("retention rules and erasure");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** What the permission covers, in English, for the permission table. */
    public String description() {
        return description;
    }

    /** Whether it only shows (its name ends in {@code _READ}); every other permission changes something. */
    public boolean reads() {
        return name().endsWith("_READ");
    }
}
