package de.lotse.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.Household;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.Person;
import de.lotse.core.person.Sex;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static DemoData data;
    private static Map<UUID, Person> personsById;

    @BeforeAll
    static void generate() {
        data = new DemoGenerator(20250615L, TODAY).generate(5_000);
        personsById = data.persons().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    @Test
    void sameSeedAndDayGiveTheSameData() {
        DemoData first = new DemoGenerator(7, TODAY).generate(1_000);
        DemoData second = new DemoGenerator(7, TODAY).generate(1_000);

        assertThat(second).isEqualTo(first);
        assertThat(second.persons()).extracting(Person::id).containsExactlyElementsOf(
                first.persons().stream().map(Person::id).toList());
        assertThat(second.households()).extracting(Household::id).containsExactlyElementsOf(
                first.households().stream().map(Household::id).toList());
    }

    @Test
    void anotherSeedGivesOtherData() {
        DemoData first = new DemoGenerator(7, TODAY).generate(1_000);
        DemoData other = new DemoGenerator(8, TODAY).generate(1_000);

        assertThat(other).isNotEqualTo(first);
        Set<UUID> firstIds = first.persons().stream().map(Person::id).collect(Collectors.toSet());
        assertThat(other.persons()).extracting(Person::id).doesNotContainAnyElementsOf(firstIds);
        assertThat(other.persons().stream().map(Person::givenName).toList())
                .isNotEqualTo(first.persons().stream().map(Person::givenName).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 1_000})
    void generatesExactlyTheRequestedNumberOfPersons(int count) {
        DemoData generated = new DemoGenerator(count, TODAY).generate(count);

        assertThat(generated.persons()).hasSize(count);
        assertThat(generated.households()).allSatisfy(h -> assertThat(h.members()).isNotEmpty());
        assertThat(generated.households().stream().mapToInt(h -> h.members().size()).sum()).isEqualTo(count);
    }

    @Test
    void cutsTheLastHouseholdForManySeeds() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(new DemoGenerator(seed, TODAY).generate(3).persons()).as("seed %d", seed).hasSize(3);
        }
    }

    @Test
    void everyPersonLivesInExactlyOneHousehold() {
        Map<UUID, Integer> memberships = new HashMap<>();
        for (Household household : data.households()) {
            for (Household.Member member : household.members()) {
                assertThat(personsById).containsKey(member.personId());
                memberships.merge(member.personId(), 1, Integer::sum);
            }
        }
        assertThat(memberships.keySet()).isEqualTo(personsById.keySet());
        assertThat(memberships.values()).containsOnly(1);
    }

    @Test
    void idsAreUniqueVersion7Ids() {
        List<UUID> ids = Stream.concat(data.persons().stream().map(Person::id),
                data.households().stream().map(Household::id)).toList();

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void everyHouseholdHasOneHeadFirst() {
        assertThat(data.households()).allSatisfy(h -> {
            assertThat(h.members().getFirst().role()).isEqualTo(HouseholdRole.HEAD);
            assertThat(h.members()).filteredOn(m -> m.role() == HouseholdRole.HEAD).hasSize(1);
        });
    }

    @Test
    void householdsHaveChildrenAndCouples() {
        long withChildren = data.households().stream()
                .filter(h -> h.members().stream().anyMatch(m -> m.role() == HouseholdRole.CHILD)).count();
        long withTwoAdults = data.households().stream()
                .filter(h -> h.members().stream().filter(m -> m.role() != HouseholdRole.CHILD).count() >= 2)
                .count();
        long singles = data.households().stream().filter(h -> h.members().size() == 1).count();

        assertThat(withChildren).isGreaterThan(data.households().size() / 4);
        assertThat(withTwoAdults).isGreaterThan(data.households().size() / 4);
        assertThat(singles).isGreaterThan(data.households().size() / 10);
    }

    @Test
    void childrenAreYoungerThanTheHead() {
        for (Household household : data.households()) {
            Person head = personsById.get(household.members().getFirst().personId());
            household.members().stream().filter(m -> m.role() == HouseholdRole.CHILD)
                    .map(m -> personsById.get(m.personId()))
                    .forEach(child -> assertThat(child.birthDate().date()).isAfter(head.birthDate().date()));
        }
    }

    @Test
    void noOneIsBornAfterTheReferenceDay() {
        assertThat(data.persons()).allSatisfy(p -> assertThat(p.birthDate().date()).isBeforeOrEqualTo(TODAY));
    }

    @Test
    void givenNamesShowTransliterationVariants() {
        Set<String> given = data.persons().stream().map(Person::givenName).collect(Collectors.toSet());

        assertThat(given).contains("Mohammed", "Muhammad");
        assertThat(given).containsAnyOf("Mohamad", "Mohamed", "Mohammad");
    }

    @Test
    void someBirthDatesAreOnlyAYear() {
        Map<DatePrecision, Long> byPrecision = data.persons().stream()
                .collect(Collectors.groupingBy(p -> p.birthDate().precision(), Collectors.counting()));

        assertThat(byPrecision.get(DatePrecision.YEAR)).isGreaterThan(50L);
        assertThat(byPrecision.get(DatePrecision.DAY)).isGreaterThan(data.persons().size() / 2L);
        assertThat(data.persons()).filteredOn(p -> p.birthDate().precision() == DatePrecision.YEAR)
                .allSatisfy(p -> assertThat(p.birthDate().date().getDayOfYear()).isEqualTo(1));
    }

    @Test
    void bulgarianWomenCarryTheFemaleFamilyName() {
        List<Person> bulgarians = data.persons().stream().filter(p -> p.nationalities().equals(List.of("BG")))
                .toList();
        List<Person> women = bulgarians.stream().filter(p -> p.sex() == Sex.FEMALE).toList();
        List<Person> men = bulgarians.stream().filter(p -> p.sex() == Sex.MALE).toList();

        assertThat(women).hasSizeGreaterThan(50)
                .allSatisfy(w -> assertThat(w.familyName()).matches(".*(ova|owa|eva|ewa)"));
        assertThat(men).hasSizeGreaterThan(50)
                .allSatisfy(m -> assertThat(m.familyName()).matches(".*(ov|ow|ev|ew)"));
    }

    @Test
    void otherWomenKeepTheFamilyNameAsItIs() {
        Set<String> ukrainianWomen = data.persons().stream()
                .filter(p -> p.nationalities().equals(List.of("UA")) && p.sex() == Sex.FEMALE)
                .map(Person::familyName).collect(Collectors.toSet());
        Set<String> ukrainianMen = data.persons().stream()
                .filter(p -> p.nationalities().equals(List.of("UA")) && p.sex() == Sex.MALE)
                .map(Person::familyName).collect(Collectors.toSet());

        assertThat(ukrainianWomen).isNotEmpty().isSubsetOf(ukrainianMen);
    }

    @Test
    void addressesLieInOneGermanTown() {
        Set<String> cities = data.households().stream().map(h -> h.address().city()).collect(Collectors.toSet());
        Set<String> postalCodes = data.households().stream().map(h -> h.address().postalCode())
                .collect(Collectors.toSet());

        assertThat(cities).hasSize(1);
        assertThat(postalCodes).allSatisfy(code -> assertThat(code).matches("\\d{5}"));
        assertThat(postalCodes.stream().map(code -> code.substring(0, 2)).distinct()).hasSize(1);
        assertThat(data.households()).allSatisfy(h -> assertThat(h.address().street()).matches(".+ \\d{1,3}"));
    }

    @Test
    void generatesOneHundredThousandPersons() {
        DemoData large = new DemoGenerator(100_000, TODAY).generate(100_000);

        assertThat(large.persons()).hasSize(100_000);
        assertThat(large.households().stream().mapToInt(h -> h.members().size()).sum()).isEqualTo(100_000);
    }

    @Test
    void headsAndPartnersAreAdults() {
        for (Household household : data.households()) {
            household.members().stream().filter(m -> m.role() != HouseholdRole.CHILD)
                    .map(m -> personsById.get(m.personId()))
                    .forEach(adult -> assertThat(adult.birthDate().ageOn(TODAY)).as(adult.id().toString())
                            .isGreaterThanOrEqualTo(18));
        }
    }
}
