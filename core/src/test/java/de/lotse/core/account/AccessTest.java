package de.lotse.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTest {

    private static final UUID RESPONSIBLE = UUID.randomUUID();

    private static Access as(UUID caseworkerId, Role... roles) {
        return Access.of(new User(UUID.randomUUID(), "u", "U", Set.of(roles), caseworkerId));
    }

    @Test
    void aRoleMayWhatItsRowSays() {
        Access field = as(null, Role.FIELD_STAFF);
        assertThat(field.may(Permission.PERSONS_READ)).isTrue();
        assertThat(field.may(Permission.JOURNAL_READ)).isFalse();
    }

    @Test
    void requireRefusesWithThePermissionAsked() {
        Access field = as(null, Role.FIELD_STAFF);

        assertThatThrownBy(() -> field.require(Permission.BENEFITS_READ)).isInstanceOfSatisfying(
                RefusedException.class, refused -> assertThat(refused.refusal())
                        .isEqualTo(new Refusal.NotPermitted(Permission.BENEFITS_READ)));
    }

    @Test
    void nobodyIsRefusedAsNotLoggedIn() {
        assertThatThrownBy(() -> Access.nobody().require(Permission.PERSONS_READ)).isInstanceOfSatisfying(
                RefusedException.class, refused -> assertThat(refused.refusal()).isEqualTo(new Refusal.NotLoggedIn()));
        assertThatThrownBy(() -> Access.nobody().requireUser()).isInstanceOf(RefusedException.class);
        assertThat(Access.nobody().mayReadConfidential(RESPONSIBLE)).isFalse();
    }

    @Test
    void systemMayEverythingButIsNoUser() {
        for (Permission permission : Permission.values()) {
            assertThat(Access.system().may(permission)).isTrue();
        }
        assertThat(Access.system().mayReadConfidential(RESPONSIBLE)).isTrue();
        assertThat(Access.system().user()).isEmpty();
    }

    @Test
    void confidentialEntriesAreForTheResponsibleCaseworkerAndTheHeadOfOffice() {
        assertThat(as(RESPONSIBLE, Role.CASEWORKER).mayReadConfidential(RESPONSIBLE)).isTrue();
        assertThat(as(UUID.randomUUID(), Role.CASEWORKER).mayReadConfidential(RESPONSIBLE)).isFalse();
        assertThat(as(null, Role.CASEWORKER).mayReadConfidential(null)).isFalse();
        assertThat(as(null, Role.HEAD_OF_OFFICE).mayReadConfidential(RESPONSIBLE)).isTrue();
        // linked to the caseworker, but without the right to read journals at all
        assertThat(as(RESPONSIBLE, Role.FIELD_STAFF).mayReadConfidential(RESPONSIBLE)).isFalse();
        assertThat(as(RESPONSIBLE, Role.ADMINISTRATOR).mayReadConfidential(RESPONSIBLE)).isFalse();

        assertThatThrownBy(() -> as(UUID.randomUUID(), Role.CASEWORKER).requireConfidential(RESPONSIBLE))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(new Refusal.Confidential()));
    }

    @Test
    void accessCannotBeWidenedFromOutside() {
        Access field = as(null, Role.FIELD_STAFF);
        assertThatThrownBy(() -> field.permissions().add(Permission.ACCOUNTS_MANAGE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesStayOutOfWhatIsLogged() {
        User user = new User(UUID.randomUUID(), "anna.m", "Anna Müller", Set.of(Role.CASEWORKER), null);
        assertThat(user.toString()).doesNotContain("anna", "Anna");
        assertThat(Access.of(user).toString()).doesNotContain("anna", "Anna");
        assertThat(new RefusedException(new Refusal.NotPermitted(Permission.CASES_READ)).getMessage())
                .contains("CASES_READ");
    }
}
