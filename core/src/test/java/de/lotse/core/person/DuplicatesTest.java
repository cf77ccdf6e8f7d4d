package de.lotse.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    private static final PartialDate BORN = PartialDate.of(LocalDate.of(1990, 3, 12));

    private static Duplicates.Entry person(String family, String given, PartialDate birth, Sex sex) {
        return new Duplicates.Entry(UUID.randomUUID(), family, given, birth, sex);
    }

    private static double score(Duplicates.Entry a, Duplicates.Entry b) {
        return Duplicates.score(a, b);
    }

    private final Duplicates.Entry original = person("Al-Hassan", "Mohammed", BORN, Sex.MALE);

    @Test
    void likelyDuplicatesScoreHigh() {
        assertThat(score(original, person("Al-Hasan", "Mohammed", BORN, Sex.MALE))).as("typo").isGreaterThan(Duplicates.LIKELY);
        assertThat(score(original, person("Alhasan", "Muhammad", BORN, Sex.MALE))).as("transliteration")
                .isGreaterThan(Duplicates.LIKELY);
        assertThat(score(original, person("Mohammed", "Al-Hassan", BORN, Sex.MALE))).as("swapped")
                .isGreaterThan(Duplicates.LIKELY);
        assertThat(score(original, person("Al-Hassan", "Mohammed", PartialDate.ofYear(1990), Sex.UNKNOWN)))
                .as("only the year known, sex not recorded").isGreaterThan(Duplicates.LIKELY);
        assertThat(score(original, person("Al-Hassan", "Mohammed", PartialDate.of(LocalDate.of(1990, 12, 3)),
                Sex.MALE))).as("day and month swapped").isGreaterThan(0.7);
    }

    @Test
    void differentPeopleScoreLow() {
        assertThat(score(original, person("Al-Hassan", "Mohammed", PartialDate.of(LocalDate.of(1991, 3, 12)),
                Sex.MALE))).as("another birth date").isLessThan(Duplicates.LIKELY);
        assertThat(score(original, person("Al-Hassan", "Omar", BORN, Sex.MALE))).as("a twin brother")
                .isLessThan(Duplicates.LIKELY);
        assertThat(score(person("Hamdan", "Aisha", BORN, Sex.FEMALE), person("Hamdan", "Rasha", BORN, Sex.FEMALE)))
                .as("twin sisters with names alike").isLessThan(Duplicates.LIKELY);
        assertThat(score(person("Lacatus", "Alina", BORN, Sex.FEMALE), person("Lacatus", "Iolna", BORN, Sex.FEMALE)))
                .as("a two-letter skeleton alone is no proof").isLessThan(Duplicates.LIKELY);
        assertThat(score(original, person("Al-Hassan", "Mohammed", BORN, Sex.FEMALE))).as("other sex")
                .isLessThan(Duplicates.LIKELY);
    }

    @Test
    void pairsAreFoundAcrossTheRegisterWithoutComparingEveryone() {
        List<Duplicates.Entry> register = new ArrayList<>();
        register.add(original);
        Duplicates.Entry swapped = person("Muhammad", "Alhasan", PartialDate.ofYear(1990), Sex.MALE);
        register.add(swapped);
        Duplicates.Entry ivanova = person("Ivanova", "Desislava", PartialDate.of(LocalDate.of(1985, 6, 1)), Sex.FEMALE);
        Duplicates.Entry iwanowa = person("Iwanowa", "Dessislawa", PartialDate.of(LocalDate.of(1985, 6, 1)), Sex.FEMALE);
        register.add(ivanova);
        register.add(iwanowa);
        for (int i = 0; i < 200; i++) {
            // names alike, births far apart: no pairs
            register.add(person("Person" + i, "Given" + i, PartialDate.of(LocalDate.of(1950, 1, 1).plusDays(i * 37L)),
                    Sex.UNKNOWN));
        }
        List<DuplicateCandidate> pairs = Duplicates.pairs(register, Duplicates.LIKELY);
        assertThat(pairs).hasSize(2);
        assertThat(pairs).anySatisfy(p -> assertThat(List.of(p.first(), p.second()))
                .containsExactlyInAnyOrder(original.id(), swapped.id()));
        assertThat(pairs).anySatisfy(p -> assertThat(List.of(p.first(), p.second()))
                .containsExactlyInAnyOrder(ivanova.id(), iwanowa.id()));
        assertThat(pairs).allSatisfy(p -> assertThat(p.score()).isBetween(Duplicates.LIKELY, 1.0));
    }

    @Test
    void candidatesBeforeSavingComeBestFirst() {
        Duplicates.Entry variant = person("Alhasan", "Muhammad", BORN, Sex.MALE);
        Duplicates.Entry exact = person("Al-Hassan", "Mohammed", BORN, Sex.MALE);
        Duplicates.Entry other = person("Karimi", "Zahra", BORN, Sex.FEMALE);
        List<DuplicateCandidate> candidates = Duplicates.candidatesFor(original, List.of(variant, other, exact, original),
                Duplicates.LIKELY);
        assertThat(candidates).extracting(DuplicateCandidate::second).containsExactly(exact.id(), variant.id());
    }
}
