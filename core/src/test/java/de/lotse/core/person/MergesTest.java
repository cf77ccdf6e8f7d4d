package de.lotse.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergesTest {

    @Test
    void theSurvivorKeepsItsFieldsAndTakesWhatItLacks() {
        PersonDraft survivor = new PersonDraft("Al-Hassan", "Mohammed", PartialDate.ofYear(1988), Sex.MALE,
                List.of("SY"), new Contact("0151 123456", null, new Address(null, null, null)),
                new PersonProfile(null, List.of(), List.of("ar"), false, null, LocalDate.of(2025, 3, 1), null, null,
                        "Braucht Hilfe beim Jobcenter"));
        PersonDraft merged = new PersonDraft("Alhasan", "Muhammad", PartialDate.of(LocalDate.of(1988, 4, 2)),
                Sex.UNKNOWN, List.of("SY", "TR"), new Contact("0170 999", "m@example.org",
                        new Address("Bahnhofstraße 3", "58095", "Hagen")),
                new PersonProfile("محمد الحسن", List.of("Al Hassan"), List.of("ku", "ar"), true,
                        LocalDate.of(2024, 12, 1), null, "32.1-123456", "8123456-475", "Spricht etwas Englisch"));

        PersonDraft combined = Merges.combine(survivor, merged);

        assertThat(combined.familyName()).isEqualTo("Al-Hassan");
        assertThat(combined.givenName()).isEqualTo("Mohammed");
        assertThat(combined.birthDate()).as("the more precise date that fits").isEqualTo(merged.birthDate());
        assertThat(combined.sex()).isEqualTo(Sex.MALE);
        assertThat(combined.nationalities()).containsExactly("SY", "TR");
        assertThat(combined.contact().phone()).isEqualTo("0151 123456");
        assertThat(combined.contact().email()).isEqualTo("m@example.org");
        assertThat(combined.contact().address().city()).isEqualTo("Hagen");
        PersonProfile profile = combined.profile();
        assertThat(profile.otherNames()).containsExactly("Alhasan, Muhammad", "Al Hassan");
        assertThat(profile.nameOriginal()).isEqualTo("محمد الحسن");
        assertThat(profile.languages()).containsExactly("ar", "ku");
        assertThat(profile.interpreterNeeded()).isTrue();
        assertThat(profile.arrivalInGermany()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(profile.arrivalInTown()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(profile.fileNumberBamf()).isEqualTo("8123456-475");
        assertThat(profile.notes()).contains("Jobcenter").contains("Englisch");
    }

    @Test
    void aBirthDateThatDoesNotFitIsNotTaken() {
        PersonDraft survivor = new PersonDraft("Haddad", "Nour", PartialDate.ofYear(1990), Sex.FEMALE, List.of(),
                null);
        PersonDraft merged = new PersonDraft("Haddad", "Nour", PartialDate.of(LocalDate.of(1991, 1, 5)), Sex.FEMALE,
                List.of(), null);
        assertThat(Merges.combine(survivor, merged).birthDate()).isEqualTo(PartialDate.ofYear(1990));
        assertThat(Merges.combine(survivor, merged).profile().otherNames()).as("same name spelled the same").isEmpty();
    }
}
