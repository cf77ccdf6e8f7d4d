package de.lotse.core.demo;

import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.Household;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.Person;
import de.lotse.core.person.PersonProfile;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.person.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes realistic synthetic register data: families from the countries of origin named in the
 * seed articles, with the spellings offices really see, children, and addresses in one German
 * town. The same seed and reference day give the same data, ids included.
 */
public final class DemoGenerator {

    private final SplittableRandom random;
    private final LocalDate today;
    private final Town town;
    private final int totalWeight;
    private long idMillis;

    public DemoGenerator(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.town = Town.ALL.get(random.nextInt(Town.ALL.size()));
        this.totalWeight = Origin.ALL.stream().mapToInt(Origin::weight).sum();
        this.idMillis = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() - 10_000_000L;
    }

    /** Persons in households until {@code personCount} persons exist (the last household is cut to fit). */
    public DemoData generate(int personCount) {
        List<Person> persons = new ArrayList<>(personCount);
        List<Household> households = new ArrayList<>(personCount / 2 + 1);
        while (persons.size() < personCount) {
            household(personCount - persons.size(), persons, households);
        }
        List<ResidenceStatus> residences = new ArrayList<>(personCount * 2);
        for (Person person : persons) {
            residences(person, residences);
        }
        return new DemoData(persons, households, residences);
    }

    private void household(int room, List<Person> persons, List<Household> households) {
        Origin origin = pickOrigin();
        LocalDate arrival = random.nextInt(20) == 0 ? null : arrival(origin);
        String familyName = pick(origin.family());
        List<Household.Member> members = new ArrayList<>();
        // 30 % single adults, 10 % couples, 45 % couples with children, 15 % single parents
        int kind = random.nextInt(100);
        boolean twoAdults = kind >= 30 && kind < 85;
        int children = kind < 40 ? 0 : 1 + random.nextInt(kind < 85 ? 5 : 3);
        Sex headSex = kind < 30 ? (random.nextInt(100) < 70 ? Sex.MALE : Sex.FEMALE)
                : twoAdults ? Sex.MALE : Sex.FEMALE;
        int headYear = today.getYear() - 22 - random.nextInt(38);
        add(persons, members, adult(origin, familyName, headSex, headYear, arrival), HouseholdRole.HEAD, room);
        if (twoAdults) {
            String partnerName = origin.partnerKeepsName() && random.nextBoolean() ? pick(origin.family()) : familyName;
            int partnerYear = headYear + random.nextInt(9) - 2;
            add(persons, members, adult(origin, partnerName, Sex.FEMALE, partnerYear, arrival),
                    HouseholdRole.PARTNER, room);
        }
        for (int i = 0; i < children; i++) {
            // born when the head was 18 or older and at most 25 years ago, spread evenly up to this year
            int firstYear = Math.max(headYear + 18, today.getYear() - 25);
            int year = firstYear + random.nextInt(Math.max(1, today.getYear() - firstYear + 1));
            add(persons, members, person(origin, familyName, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    year, arrival), HouseholdRole.CHILD, room);
        }
        Address address = new Address(pick(town.streets()) + " " + (1 + random.nextInt(120)),
                town.postalCodes().get(random.nextInt(town.postalCodes().size())), town.name());
        households.add(new Household(uuid(), address, members));
    }

    private static void add(List<Person> persons, List<Household.Member> members, Person person,
            HouseholdRole role, int room) {
        if (members.size() < room) {
            persons.add(person);
            members.add(new Household.Member(person.id(), role));
        }
    }

    private Person adult(Origin origin, String familyName, Sex sex, int year, LocalDate arrival) {
        // born at the latest in the year 19 years back: 18 or older on any day of this year
        return person(origin, familyName, sex, Math.min(year, today.getYear() - 19), arrival);
    }

    private Person person(Origin origin, String familyName, Sex sex, int year, LocalDate arrival) {
        String given = pick(sex == Sex.FEMALE ? origin.femaleGiven() : origin.maleGiven());
        String family = sex == Sex.FEMALE && origin.slavicFemaleForms() ? femaleForm(familyName) : familyName;
        return new Person(uuid(), family, given, birthDate(origin, year), sex, List.of(origin.country()),
                profile(origin, family, given, year, arrival));
    }

    private PersonProfile profile(Origin origin, String family, String given, int birthYear, LocalDate arrival) {
        List<String> languages = languages(origin.country());
        boolean recent = arrival != null && arrival.isAfter(today.minusYears(3));
        boolean interpreter = recent && today.getYear() - birthYear >= 16 && random.nextInt(100) < 70;
        LocalDate inGermany = arrival == null ? null
                : random.nextInt(100) < 60 ? arrival : arrival.minusDays(random.nextInt(400));
        String original = random.nextInt(100) < 70 ? OriginalScript.of(family, given) : null;
        return new PersonProfile(original, List.of(), languages, interpreter, inGermany, arrival,
                arrival == null ? null : String.format(java.util.Locale.ROOT, "32.1-%06d", random.nextInt(1_000_000)),
                bamfNumber(origin.country(), arrival), null);
    }

    private List<String> languages(String country) {
        int roll = random.nextInt(100);
        return switch (country) {
            case "SY" -> roll < 20 ? List.of("ku", "ar") : List.of("ar");
            case "AF" -> roll < 35 ? List.of("ps", "fa") : List.of("fa");
            case "IQ" -> roll < 35 ? List.of("ku", "ar") : List.of("ar");
            case "UA" -> roll < 40 ? List.of("uk", "ru") : List.of("uk");
            case "RO" -> List.of("ro");
            case "BG" -> roll < 30 ? List.of("tr", "bg") : List.of("bg");
            case "TR" -> roll < 25 ? List.of("ku", "tr") : List.of("tr");
            case "ER" -> List.of("ti");
            case "IR" -> List.of("fa");
            default -> List.of();
        };
    }

    /** BAMF file numbers (seven digits and the country's three-digit code) exist for asylum seekers only. */
    private String bamfNumber(String country, LocalDate arrival) {
        String code = switch (country) {
            case "SY" -> "475";
            case "AF" -> "423";
            case "IQ" -> "438";
            case "ER" -> "224";
            case "IR" -> "439";
            case "TR" -> "163";
            default -> null;
        };
        return code == null || arrival == null ? null
                : String.format(java.util.Locale.ROOT, "%07d-%s", 1_000_000 + random.nextInt(9_000_000), code);
    }

    /**
     * A residence history that fits the origin: temporary protection for Ukraine, free movement
     * for EU citizens, and for asylum seekers a permission to stay during the procedure followed by
     * a residence permit, a toleration or, after many years, a settlement permit.
     */
    private void residences(Person person, List<ResidenceStatus> residences) {
        LocalDate arrival = person.profile().arrivalInTown();
        if (arrival == null) {
            return;
        }
        LocalDate until = today.plusDays(random.nextInt(560) - 20);
        switch (person.nationalities().getFirst()) {
            case "UA" -> residences.add(residence(person, ResidenceKind.SCHUTZ_24, arrival.plusDays(20), until));
            case "RO", "BG" -> residences.add(residence(person, ResidenceKind.EU_FREIZUEGIGKEIT, arrival, null));
            default -> {
                LocalDate decided = arrival.plusDays(120 + random.nextInt(300));
                if (decided.isAfter(today)) {
                    residences.add(residence(person, ResidenceKind.GESTATTUNG, arrival.plusDays(10),
                            today.plusDays(random.nextInt(180))));
                    return;
                }
                residences.add(residence(person, ResidenceKind.GESTATTUNG, arrival.plusDays(10), decided));
                int roll = random.nextInt(100);
                ResidenceKind kind = roll < 15 ? ResidenceKind.DULDUNG
                        : roll < 30 && decided.isBefore(today.minusYears(5)) ? ResidenceKind.NIEDERLASSUNGSERLAUBNIS
                        : ResidenceKind.AUFENTHALTSERLAUBNIS;
                residences.add(residence(person, kind, decided, kind.expires() ? until : null));
            }
        }
    }

    private ResidenceStatus residence(Person person, ResidenceKind kind, LocalDate from, LocalDate until) {
        return new ResidenceStatus(Ids.derived(person.id(), "residence " + kind + " " + from), person.id(), kind, from,
                until != null && until.isBefore(from) ? from.plusMonths(6) : until, null);
    }

    private PartialDate birthDate(Origin origin, int year) {
        if (random.nextDouble() < origin.yearOnlyBirthShare()) {
            return PartialDate.ofYear(year);
        }
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        if (day.isAfter(today)) {
            day = today.minusDays(random.nextInt(300));
        }
        return random.nextInt(50) == 0 ? new PartialDate(day, DatePrecision.MONTH) : PartialDate.of(day);
    }

    private LocalDate arrival(Origin origin) {
        LocalDate from = LocalDate.of(Math.min(origin.arrivalsFromYear(), today.getYear() - 1), 1, 1);
        long span = Math.max(1, today.toEpochDay() - from.toEpochDay());
        // more recent arrivals are more frequent: take the later of two draws
        long offset = Math.max(random.nextLong(span), random.nextLong(span));
        return from.plusDays(offset);
    }

    private static String femaleForm(String familyName) {
        return familyName.replaceAll("(ov|ev|ow|ew)$", "$1a");
    }

    private Origin pickOrigin() {
        int roll = random.nextInt(totalWeight);
        for (Origin origin : Origin.ALL) {
            roll -= origin.weight();
            if (roll < 0) {
                return origin;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** One name of the list, in one of its spellings. */
    private String pick(List<String> names) {
        String[] spellings = names.get(random.nextInt(names.size())).split("\\|");
        // the first spelling is the most common one
        return random.nextInt(100) < 60 ? spellings[0] : spellings[random.nextInt(spellings.length)];
    }

    /** Time-ordered ids, one millisecond apart, counted back from the reference day: reproducible. */
    private UUID uuid() {
        return Ids.version7(idMillis++, random);
    }
}
