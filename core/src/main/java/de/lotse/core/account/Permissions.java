package de.lotse.core.account;

import static de.lotse.core.account.Permission.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The permission table: which role may do what, in this one place. The services check it
 * (through {@link Access}), so a command line call or a view model that asks for more than the
 * role allows is refused, not only a hidden button.
 *
 * <p>Least privilege decides the edges:
 * <ul>
 * <li>Field staff see and register persons' base data and run accommodation, but see no cases at
 *     all: not even that a case exists, as a case's target group and status already say much about a
 *     person.</li>
 * <li>Caseworkers see where their clients live (accommodation read) but do not move anybody.</li>
 * <li>Volunteer coordinators see volunteers and their opportunities, and neither persons nor cases.</li>
 * <li>The head of office reads everything, confidential entries, reports and the audit log
 *     included, and changes nothing.</li>
 * <li>The administrator runs the installation (accounts, devices, templates, retention, backups,
 *     the audit log) and reads no person, case, journal or benefit merely by being administrator;
 *     an administrator who also works cases holds the caseworker role as well.</li>
 * </ul>
 */
public final class Permissions {

    private static final Map<Role, Set<Permission>> TABLE = build();

    private Permissions() {
    }

    private static Map<Role, Set<Permission>> build() {
        Map<Role, Set<Permission>> table = new EnumMap<>(Role.class);
        table.put(Role.CASEWORKER, EnumSet.of(PERSONS_READ, PERSONS_WRITE, PERSONS_MERGE, CASES_READ, CASES_WRITE,
                JOURNAL_READ, JOURNAL_WRITE, STEPS_READ, STEPS_WRITE, BENEFITS_READ, BENEFITS_WRITE, CONSENTS_READ,
                CONSENTS_WRITE, REFERRALS_READ, REFERRALS_WRITE, AGENDA_READ, AGENDA_WRITE, DIRECTORY_READ,
                ORGANISATIONS_WRITE, IMPORT, ACCOMMODATION_READ));
        // field staff register arrivals in the shelter themselves (PRODUCT.md: quick registration)
        table.put(Role.FIELD_STAFF, EnumSet.of(PERSONS_READ, PERSONS_WRITE, ACCOMMODATION_READ, ACCOMMODATION_WRITE,
                DIRECTORY_READ));
        table.put(Role.VOLUNTEER_COORDINATOR, EnumSet.of(VOLUNTEERS_READ, VOLUNTEERS_WRITE, DIRECTORY_READ));
        table.put(Role.HEAD_OF_OFFICE, Arrays.stream(Permission.values()).filter(Permission::reads)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class))));
        table.put(Role.ADMINISTRATOR, EnumSet.of(ACCOUNTS_MANAGE, DEVICES_MANAGE, INSTALLATION_MANAGE,
                TEMPLATES_MANAGE, CASEWORKERS_MANAGE, DIRECTORY_READ, RETENTION_MANAGE, BACKUP_RESTORE, AUDIT_READ));
        table.replaceAll((role, permissions) -> Collections.unmodifiableSet(permissions));
        return Collections.unmodifiableMap(table);
    }

    /** The whole table, every role present; the sets cannot be changed. */
    public static Map<Role, Set<Permission>> table() {
        return TABLE;
    }

    /** What one role may do. */
    public static Set<Permission> of(Role role) {
        return TABLE.get(role);
    }

    /** What a person with these roles may do: the union of the roles' permissions. */
    public static Set<Permission> of(Set<Role> roles) {
        EnumSet<Permission> union = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> union.addAll(TABLE.get(role)));
        return union;
    }

    /** Whether any of the roles allows {@code permission}. */
    public static boolean allows(Set<Role> roles, Permission permission) {
        return roles.stream().anyMatch(role -> TABLE.get(role).contains(permission));
    }

    /**
     * The table in Markdown, roles as columns and permissions as rows, for the README; a test
     * keeps the README's copy in step with this.
     */
    public static String markdownTable() {
        StringBuilder text = new StringBuilder("| permission | covers |");
        for (Role role : Role.values()) {
            text.append(' ').append(role.officeTitle()).append(" (`").append(role).append("`) |");
        }
        text.append("\n| --- | --- |").append(" :-: |".repeat(Role.values().length)).append('\n');
        for (Permission permission : Permission.values()) {
            text.append("| `").append(permission).append("` | ").append(permission.description()).append(" |");
            for (Role role : Role.values()) {
                text.append(TABLE.get(role).contains(permission) ? " ✓ |" : "   |");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
