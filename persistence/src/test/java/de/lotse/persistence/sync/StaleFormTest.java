package de.lotse.persistence.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.account.Access;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PersonDraft;
import de.lotse.persistence.JooqDirectory;
import de.lotse.persistence.JooqPersonRegister;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form opened before a sync does not undo what the sync brought into fields the person left
 * alone: two real devices, each with its own database, syncing through a real folder.
 */
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

    @Test
    void twoFormsOnTwoDevicesChangingOtherFieldsOfOneOrganisationMergeSilently() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share);
             SyncDevice b = SyncDevice.member(temp.resolve("b"), share, "Laptop")) {
            DirectoryService onA = new DirectoryService(new JooqDirectory(a.store), new Ids(Clock.systemUTC()), Access::system);
            DirectoryService onB = new DirectoryService(new JooqDirectory(b.store), new Ids(Clock.systemUTC()), Access::system);
            Organisation made = onA.save(null, new Organisation(UUID.randomUUID(), "Caritasverband Hagen",
                    OrganisationKind.WELFARE_ASSOCIATION, Set.of(StepCategory.SOCIAL),
                    new Address("Kirchplatz 2", "58095", "Hagen"), null, null)).orElseThrow();
            a.sync();
            b.sync();
            Organisation shownOnA = onA.organisations().getFirst();          // the form opens on A
            Organisation shownOnB = onB.organisations().getFirst();          // and on B

            onB.save(shownOnB, new Organisation(made.id(), made.name(), made.kind(), made.topics(), made.address(),
                    "02331 9180-0", null)).orElseThrow();
            b.sync();
            a.sync();                                                         // B's phone arrives on A
            onA.save(shownOnA, new Organisation(made.id(), made.name(), made.kind(),
                    Set.of(StepCategory.SOCIAL, StepCategory.HOUSING), made.address(), null,
                    "info@caritas-hagen.de")).orElseThrow();
            a.sync();
            b.sync();

            for (DirectoryService device : List.of(onA, onB)) {
                Organisation stored = device.organisations().getFirst();
                assertThat(stored.phone()).isEqualTo("02331 9180-0");
                assertThat(stored.email()).isEqualTo("info@caritas-hagen.de");
                assertThat(stored.topics()).containsExactlyInAnyOrder(StepCategory.SOCIAL, StepCategory.HOUSING);
            }
            assertThat(a.sync.openConflicts()).isEmpty();
            assertThat(b.sync.openConflicts()).isEmpty();
        }
    }
}
