package de.lotse.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonProfileRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static List<FieldProblem> check(PersonProfile profile) {
        return PersonRules.check(PersonRules.clean(new PersonDraft("Kovalenko", "Olena", null, Sex.FEMALE,
                List.of("UA"), null, profile)), TODAY);
    }

    @Test
    void languagesAreIsoCodesAndAnInterpreterNeedsOne() {
        assertThat(check(new PersonProfile(null, List.of(), List.of(" UK ", "ru"), true, null, null, null, null,
                null))).isEmpty();
        assertThat(check(new PersonProfile(null, List.of(), List.of("ukrainisch"), false, null, null, null, null,
                null))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("languages", "unknownLanguage"));
        assertThat(check(new PersonProfile(null, List.of(), List.of(), true, null, null, null, null, null)))
                .extracting(FieldProblem::code).containsExactly("interpreterLanguage");
    }

    @Test
    void arrivalsAreNotInTheFutureAndTheTownComesAfterGermany() {
        assertThat(check(new PersonProfile(null, List.of(), List.of(), false, TODAY.plusDays(1), null, null, null,
                null))).extracting(FieldProblem::field).containsExactly("arrivalInGermany");
        assertThat(check(new PersonProfile(null, List.of(), List.of(), false, TODAY.minusDays(10),
                TODAY.minusDays(20), null, null, null))).extracting(FieldProblem::code)
                .containsExactly("beforeArrivalInGermany");
    }

    @Test
    void cleaningTrimsAndDropsEmptySpellings() {
        PersonDraft clean = PersonRules.clean(new PersonDraft("X", null, null, null, List.of(), null,
                new PersonProfile("  Олена ", List.of(" Elena ", "", "Elena"), List.of("UK"), false, null, null,
                        " 32.1-1 ", "  ", " \n ")));
        assertThat(clean.profile().nameOriginal()).isEqualTo("Олена");
        assertThat(clean.profile().otherNames()).containsExactly("Elena");
        assertThat(clean.profile().languages()).containsExactly("uk");
        assertThat(clean.profile().fileNumberAbh()).isEqualTo("32.1-1");
        assertThat(clean.profile().fileNumberBamf()).isNull();
        assertThat(clean.profile().notes()).isNull();
    }

    @Test
    void aResidenceStatusEndsAfterItBegins() {
        UUID person = UUID.randomUUID();
        assertThat(PersonRules.check(new ResidenceStatus(UUID.randomUUID(), person, ResidenceKind.DULDUNG,
                TODAY, TODAY.minusDays(1), null))).extracting(FieldProblem::field).containsExactly("validUntil");
        assertThat(PersonRules.check(new ResidenceStatus(UUID.randomUUID(), person, ResidenceKind.DULDUNG,
                TODAY, null, null))).isEmpty();
    }
}
