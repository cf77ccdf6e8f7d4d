package de.lotse.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PersonDraft;
import de.lotse.persistence.JooqPersonRegister;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A form opened before a sync does not undo what the sync brought into fields the person left alone. */
class StaleFormTest {

    @TempDir
    Path temp;

    @Test
    void aFormSavedAfterASyncStoresOnlyWhatThePersonChanged() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share);
             SyncDevice b = SyncDevice.member(temp.resolve("b"), share, "Laptop")) {
            UUID id = a.addPerson("Haddad", "Amina");
            a.sync();
            b.sync();
            JooqPersonRegister register = new JooqPersonRegister(a.store, Clock.systemUTC());
            PersonDraft shown = register.find(id).orElseThrow().person();   // the form opens on A

            b.setPerson(id, Map.of(de.lotse.persistence.jooq.Tables.PERSON.PHONE, "0176 1234567"));
            b.sync();
            a.sync();                                                        // B's phone arrives on A

            PersonDraft edited = new PersonDraft(shown.familyName(), shown.givenName(), shown.birthDate(), shown.sex(),
                    List.of("SY"), new Contact(shown.contact().phone(), shown.contact().email(),
                            new Address("Lange Straße 3", "58095", "Hagen")), shown.profile());
            register.update(id, shown, edited);
            a.sync();
            b.sync();
            for (SyncDevice device : List.of(a, b)) {
                assertThat(device.person(id).getPhone()).isEqualTo("0176 1234567");
                assertThat(device.person(id).getCity()).isEqualTo("Hagen");
                assertThat(device.sync.openConflicts()).isEmpty();
            }
        }
    }
}
