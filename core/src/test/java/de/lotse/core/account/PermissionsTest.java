package de.lotse.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void everyRoleHasARow() {
        assertThat(Permissions.table()).containsOnlyKeys(Role.values());
    }

    @Test
    void fieldStaffSeeBaseDataAndAccommodationButNoCaseJournalOrBenefits() {
        Set<Permission> field = Permissions.of(Role.FIELD_STAFF);
        assertThat(field).contains(Permission.PERSONS_READ, Permission.PERSONS_WRITE, Permission.ACCOMMODATION_READ)
                .doesNotContain(Permission.CASES_READ, Permission.JOURNAL_READ, Permission.BENEFITS_READ,
                        Permission.CONFIDENTIAL_READ, Permission.CONSENTS_READ, Permission.STEPS_READ);
    }

    @Test
    void volunteerCoordinatorsSeeVolunteersNotCases() {
        assertThat(Permissions.of(Role.VOLUNTEER_COORDINATOR)).contains(Permission.VOLUNTEERS_READ)
                .doesNotContain(Permission.CASES_READ, Permission.JOURNAL_READ, Permission.PERSONS_READ);
    }

    @Test
    void headOfOfficeReadsEverythingAndWritesNothing() {
        Set<Permission> reads = EnumSet.noneOf(Permission.class);
        Arrays.stream(Permission.values()).filter(Permission::reads).forEach(reads::add);

        assertThat(Permissions.of(Role.HEAD_OF_OFFICE)).isEqualTo(reads)
                .contains(Permission.REPORTS_READ, Permission.AUDIT_READ, Permission.CONFIDENTIAL_READ);
    }

    @Test
    void administratorsManageTheInstallationButReadNoCaseData() {
        assertThat(Permissions.of(Role.ADMINISTRATOR)).contains(Permission.ACCOUNTS_MANAGE,
                Permission.DEVICES_MANAGE, Permission.TEMPLATES_MANAGE, Permission.RETENTION_MANAGE,
                Permission.BACKUP_RESTORE, Permission.AUDIT_READ)
                .doesNotContain(Permission.PERSONS_READ, Permission.CASES_READ, Permission.JOURNAL_READ,
                        Permission.BENEFITS_READ, Permission.CONFIDENTIAL_READ);
    }

    @Test
    void caseworkersWorkCasesButManageNoAccounts() {
        assertThat(Permissions.of(Role.CASEWORKER)).contains(Permission.CASES_WRITE, Permission.JOURNAL_WRITE,
                Permission.BENEFITS_WRITE, Permission.IMPORT, Permission.DIRECTORY_READ,
                Permission.ORGANISATIONS_WRITE)
                .doesNotContain(Permission.ACCOUNTS_MANAGE, Permission.CONFIDENTIAL_READ,
                        Permission.TEMPLATES_MANAGE);
    }

    @Test
    void severalRolesAllowTheirUnion() {
        Set<Role> both = Set.of(Role.FIELD_STAFF, Role.VOLUNTEER_COORDINATOR);
        assertThat(Permissions.allows(both, Permission.ACCOMMODATION_WRITE)).isTrue();
        assertThat(Permissions.allows(both, Permission.VOLUNTEERS_WRITE)).isTrue();
        assertThat(Permissions.allows(both, Permission.CASES_READ)).isFalse();
        assertThat(Permissions.allows(Set.of(), Permission.PERSONS_READ)).isFalse();
    }

    @Test
    void theMarkdownTableHasEveryRoleAndPermission() {
        String table = Permissions.markdownTable();
        String[] lines = table.split("\n");

        assertThat(lines).hasSize(2 + Permission.values().length);
        for (Role role : Role.values()) {
            assertThat(lines[0]).contains("`" + role + "`", role.officeTitle());
        }
        for (Permission permission : Permission.values()) {
            String row = lines[2 + permission.ordinal()];
            assertThat(row).startsWith("| `" + permission + "` |");
            assertThat(row.chars().filter(c -> c == '✓').count()).isEqualTo(
                    Arrays.stream(Role.values()).filter(role -> Permissions.of(role).contains(permission)).count());
        }
    }

    @Test
    void theReadmeHoldsTheTableAsItIs() throws IOException {
        // the tests run in core/, the README is the project's
        assertThat(Files.readString(Path.of("../README.md"))).contains(Permissions.markdownTable());
    }
}
