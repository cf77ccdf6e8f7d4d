package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.ACCOUNT;
import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.account.Account;
import de.lotse.core.account.Role;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqAccountsTest {

    @TempDir
    Path dataDir;

    private Store store;
    private JooqAccounts accounts;

    @BeforeEach
    void open() {
        store = TestStores.open(dataDir);
        accounts = new JooqAccounts(store);
    }

    @AfterEach
    void close() {
        store.database().close();
    }

    @Test
    void anAccountIsStoredWholeFoundByItsNameInAnyCaseAndRecordedForSync() {
        Account account = account("m.yilmaz", Set.of(Role.CASEWORKER, Role.HEAD_OF_OFFICE));
        accounts.add(account);

        assertThat(accounts.find(account.id())).contains(account);
        assertThat(accounts.findByUserName(" M.Yilmaz ")).contains(account);
        assertThat(accounts.findByUserName("m.yilma")).isEmpty();
        assertThat(store.<Integer>read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("account")))).isEqualTo(1);
    }

    @Test
    void anUpdateStoresOnlyWhatChangedOverTheAccountAsRead() {
        Account read = account("k.schmidt", Set.of(Role.CASEWORKER));
        accounts.add(read);
        // another device gave the account a new password meanwhile
        store.exclusively(dsl -> dsl.update(ACCOUNT).set(ACCOUNT.CREDENTIAL, "{\"other\":1}")
                .where(ACCOUNT.ID.eq(read.id())).execute());

        accounts.update(read, read.withDisabled(true));

        Account stored = accounts.find(read.id()).orElseThrow();
        assertThat(stored.disabled()).isTrue();
        assertThat(stored.credential()).as("the other device's password stays").isEqualTo("{\"other\":1}");
    }

    @Test
    void rolesOfANewerLotseAreLeftOutNotGuessed() {
        assertThat(JooqAccounts.roles("CASEWORKER,ARCHIVIST, ADMINISTRATOR")).containsExactlyInAnyOrder(
                Role.CASEWORKER, Role.ADMINISTRATOR);
        assertThat(JooqAccounts.roles(JooqAccounts.roles(Set.of(Role.FIELD_STAFF, Role.CASEWORKER))))
                .containsExactlyInAnyOrder(Role.FIELD_STAFF, Role.CASEWORKER);
    }

    @Test
    void theOlderOfTwoAccountsOfOneNameAnswers() {
        Account older = account("a.weber", Set.of(Role.CASEWORKER));
        Account newer = new Account(UUID.randomUUID(), "a.weber", "A. Weber (Laptop)", Set.of(Role.FIELD_STAFF), false,
                null, "{}", null, older.createdAt().plusSeconds(60));
        accounts.add(newer);
        accounts.add(older);

        assertThat(accounts.findByUserName("a.weber")).contains(older);
        assertThat(accounts.list()).hasSize(2);
    }

    private static Account account(String userName, Set<Role> roles) {
        return new Account(UUID.randomUUID(), userName, "Display " + userName, roles, false, null, "{\"c\":1}", null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
