package de.lotse.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.id.Ids;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

    private static final char[] GOOD = "Kaffee Tasse Fahrrad".toCharArray();
    private static final char[] OTHER = "gelbe-Wolke-tanzt-leise".toCharArray();
    private static final char[] RECOVERY = "ABCDE23456FGHJK789MNPQRST".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final FakeCredentials credentials = new FakeCredentials();
    private final AtomicReference<Access> access = new AtomicReference<>(Access.nobody());
    private final AccountService service = new AccountService(store, credentials, access::get, CLOCK, new Ids(CLOCK));
    private Account admin;

    @BeforeEach
    void firstAdministrator() {
        assertThat(service.needsFirstAdministrator()).isTrue();
        admin = service.createFirstAdministrator(" Admin ", "Ada Admin", GOOD, GOOD, RECOVERY).orElseThrow();
        logIn(admin);
    }

    private void logIn(Account account) {
        access.set(Access.of(User.of(account)));
    }

    private static List<String> codes(Validated<?> result) {
        return ((Validated.Invalid<?>) result).problems().stream().map(FieldProblem::code).toList();
    }

    private Account add(String userName, Role... roles) {
        return service.add(userName, userName, Set.of(roles), null, GOOD, GOOD).orElseThrow();
    }

    @Test
    void theFirstAdministratorIsMadeOnce() {
        assertThat(admin.userName()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(credentials.matches(admin.credential(), admin.id(), GOOD)).isTrue();
        assertThat(credentials.matches(admin.recoveryCredential(), admin.id(), RECOVERY)).isTrue();
        assertThat(credentials.matches(admin.recoveryCredential(), admin.id(), GOOD)).isFalse();
        assertThat(service.needsFirstAdministrator()).isFalse();

        access.set(Access.nobody());
        assertThatThrownBy(() -> service.createFirstAdministrator("eve", "Eve", OTHER, OTHER, RECOVERY))
                .isInstanceOfSatisfying(RefusedException.class, refused -> assertThat(refused.refusal())
                        .isEqualTo(new Refusal.AccountsRule("account.administratorExists")));
        assertThat(store.list()).hasSize(1);
    }

    @Test
    void userNamesAreUniqueHoweverCased() {
        Account anna = add("anna.m", Role.CASEWORKER);

        assertThat(anna.userName()).isEqualTo("anna.m");
        assertThat(codes(service.add("Anna.M", "Anna Zwei", Set.of(Role.CASEWORKER), null, OTHER, OTHER)))
                .containsExactly("userName.taken");
    }

    @Test
    void aUserNameHasItsShapeADisplayNameAndARole() {
        assertThat(codes(service.add("a", "A", Set.of(Role.CASEWORKER), null, GOOD, GOOD)))
                .containsExactly("userName.invalid");
        assertThat(codes(service.add("anna m", "A", Set.of(Role.CASEWORKER), null, GOOD, GOOD)))
                .containsExactly("userName.invalid");
        assertThat(codes(service.add("x".repeat(33), "A", Set.of(Role.CASEWORKER), null, GOOD, GOOD)))
                .containsExactly("userName.invalid");
        assertThat(codes(service.add("bert", " ", Set.of(), null, GOOD, GOOD)))
                .containsExactly("required", "roles.required");
    }

    @Test
    void nothingIsStoredWhileAProblemIsLeft() {
        int before = store.writes;

        Validated<Account> result = service.add("bert", "Bert", Set.of(Role.CASEWORKER), null,
                "sommer2024!!".toCharArray(), "sommer2024!?".toCharArray());

        assertThat(((Validated.Invalid<Account>) result).problems()).containsExactly(
                FieldProblem.of("password", "password.common"), FieldProblem.of("passwordRepeat", "password.mismatch"));
        assertThat(store.writes).isEqualTo(before);
        assertThat(store.findByUserName("bert")).isEmpty();

        Account bert = add("bert", Role.CASEWORKER);
        int after = store.writes;
        assertThat(codes(service.setPassword(bert.id(), "kurz".toCharArray(), "kurz".toCharArray())))
                .containsExactly("password.tooShort");
        assertThat(codes(service.edit(bert.id(), "", null))).containsExactly("required");
        assertThat(codes(service.setRoles(bert.id(), Set.of()))).containsExactly("roles.required");
        assertThat(store.writes).isEqualTo(after);
    }

    @Test
    void theLastEnabledAdministratorStays() {
        Account bert = add("bert", Role.CASEWORKER);

        assertThat(codes(service.setRoles(admin.id(), Set.of(Role.CASEWORKER))))
                .containsExactly("account.lastAdministrator");
        assertThat(codes(service.setDisabled(admin.id(), true))).containsExactly("account.disableSelf");

        service.setRoles(bert.id(), Set.of(Role.CASEWORKER, Role.ADMINISTRATOR)).orElseThrow();
        assertThat(service.setRoles(admin.id(), Set.of(Role.HEAD_OF_OFFICE)).orElseThrow().roles())
                .containsExactly(Role.HEAD_OF_OFFICE);

        // bert is the only administrator now; the one who just stepped down still manages (logged in
        // before) but may not leave the office without one
        assertThat(codes(service.setDisabled(bert.id(), true))).containsExactly("account.lastAdministrator");
        assertThat(store.find(bert.id()).orElseThrow().disabled()).isFalse();
    }

    @Test
    void aDisabledAdministratorDoesNotCount() {
        Account second = add("second", Role.ADMINISTRATOR);
        service.setDisabled(second.id(), true).orElseThrow();

        assertThat(codes(service.setRoles(admin.id(), Set.of(Role.CASEWORKER))))
                .containsExactly("account.lastAdministrator");
        assertThat(service.setDisabled(second.id(), false).orElseThrow().disabled()).isFalse();
        assertThat(service.setRoles(admin.id(), Set.of(Role.CASEWORKER)).orElseThrow().roles())
                .containsExactly(Role.CASEWORKER);
    }

    @Test
    void withoutAccountsManageEverythingIsRefused() {
        Account anna = add("anna", Role.CASEWORKER, Role.HEAD_OF_OFFICE);
        logIn(anna);
        int before = store.writes;

        List<Runnable> calls = List.of(service::list,
                () -> service.add("eve", "Eve", Set.of(Role.ADMINISTRATOR), null, OTHER, OTHER),
                () -> service.setPassword(admin.id(), OTHER, OTHER),
                () -> service.setRoles(anna.id(), Set.of(Role.ADMINISTRATOR)),
                () -> service.setDisabled(admin.id(), true),
                () -> service.edit(admin.id(), "Eve", null),
                () -> service.setRecoveryCode(admin.id(), OTHER));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(RefusedException.class,
                    refused -> assertThat(refused.refusal())
                            .isEqualTo(new Refusal.NotPermitted(Permission.ACCOUNTS_MANAGE)));
        }
        access.set(Access.nobody());
        assertThatThrownBy(service::list).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.refusal()).isEqualTo(new Refusal.NotLoggedIn()));
        assertThat(store.writes).isEqualTo(before);
    }

    @Test
    void anAdministratorMakesANewRecoveryCodeAndOnlyItOpens() {
        char[] fresh = "ZYXWV98765TSRQP432NMKJH2G".toCharArray();
        Account second = add("zweite", Role.ADMINISTRATOR);

        Account changed = service.setRecoveryCode(admin.id(), fresh).orElseThrow();
        Account another = service.setRecoveryCode(second.id(), RECOVERY).orElseThrow();

        assertThat(credentials.matches(changed.recoveryCredential(), admin.id(), fresh)).isTrue();
        assertThat(credentials.matches(changed.recoveryCredential(), admin.id(), RECOVERY)).isFalse();
        assertThat(changed.credential()).as("the password stays").isEqualTo(admin.credential());
        assertThat(credentials.matches(another.recoveryCredential(), second.id(), RECOVERY)).isTrue();

        Account caseworker = add("anna", Role.CASEWORKER);
        service.setDisabled(second.id(), true).orElseThrow();
        int before = store.writes;
        assertThat(codes(service.setRecoveryCode(caseworker.id(), fresh))).containsExactly("account.recoveryForAdministrators");
        assertThat(codes(service.setRecoveryCode(second.id(), fresh))).containsExactly("account.recoveryForAdministrators");
        assertThat(store.writes).isEqualTo(before);
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheOldOne() {
        Account anna = add("anna", Role.FIELD_STAFF);
        logIn(anna);

        assertThat(codes(service.changeOwnPassword(OTHER, OTHER, OTHER))).containsExactly("password.wrongOld");
        Account changed = service.changeOwnPassword(GOOD, OTHER, OTHER).orElseThrow();

        assertThat(credentials.matches(store.find(anna.id()).orElseThrow().credential(), anna.id(), OTHER)).isTrue();
        assertThat(credentials.matches(changed.credential(), anna.id(), GOOD)).isFalse();

        access.set(Access.nobody());
        assertThatThrownBy(() -> service.changeOwnPassword(OTHER, GOOD, GOOD)).isInstanceOf(RefusedException.class);
    }

    @Test
    void aDisabledAccountCannotChangeItsPassword() {
        Account anna = add("anna", Role.CASEWORKER);
        service.setDisabled(anna.id(), true).orElseThrow();
        logIn(anna);

        assertThatThrownBy(() -> service.changeOwnPassword(GOOD, OTHER, OTHER)).isInstanceOfSatisfying(
                RefusedException.class, refused -> assertThat(refused.refusal())
                        .isEqualTo(new Refusal.AccountsRule("account.disabled")));
    }

    @Test
    void anAdministratorResetsAPasswordAndEditsTheProfile() {
        Account anna = add("anna", Role.CASEWORKER);
        UUID caseworker = UUID.randomUUID();

        service.setPassword(anna.id(), OTHER, OTHER).orElseThrow();
        Account edited = service.edit(anna.id(), "  Anna Müller ", caseworker).orElseThrow();

        assertThat(credentials.matches(edited.credential(), anna.id(), OTHER)).isTrue();
        assertThat(edited.displayName()).isEqualTo("Anna Müller");
        assertThat(edited.caseworkerId()).isEqualTo(caseworker);
        assertThat(service.list()).extracting(Account::userName).containsExactly("admin", "anna");
    }

    @Test
    void anAccountShowsNoCredentialWhenPrinted() {
        assertThat(admin.toString()).doesNotContain(admin.credential(), "fake", "Ada", "admin");
    }
}
