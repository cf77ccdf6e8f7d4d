package de.lotse.app.cli;

import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.demo.Spellings;
import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.DuplicateCandidate;
import de.lotse.core.person.Duplicates;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.Person;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lotse bench duplicates}: precision and recall of the duplicate check on a synthetic
 * register with known duplicates. Each known duplicate is a copy of a register person with one or
 * two changes: a typo, another transliteration, given and family name swapped, or only the year
 * of birth. Everyone in the base register has a full date of birth (the real birthday behind a
 * demo person's year), and the base holds no two persons the check could not tell apart.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "Precision and recall of the duplicate check on a register with known duplicates.")
public final class DuplicatesBenchmark implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "20000", description = "Register persons (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--duplicates", defaultValue = "1000", description = "Known duplicates (default: ${DEFAULT-VALUE}).")
    int duplicates;

    @Option(names = "--seed", defaultValue = "11", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--show-mistakes", defaultValue = "0", paramLabel = "N",
            description = "Print up to N pairs found that are no known duplicates (synthetic data only).")
    int showMistakes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> base = new DemoGenerator(seed, LocalDate.now()).generate(persons).persons();
        // the base register must hold no duplicates nobody knows of: a person the check could not
        // tell from an earlier one by names and year of birth is left out
        List<Duplicates.Entry> register = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int ambiguous = 0;
        for (Person person : base) {
            PartialDate birth = person.birthDate() == null ? null : PartialDate.of(fullDate(person.birthDate(), random));
            Duplicates.Entry entry = new Duplicates.Entry(person.id(), person.familyName(), person.givenName(), birth,
                    person.sex());
            if (seen.add(Duplicates.ambiguityKey(entry))) {
                register.add(entry);
            } else {
                ambiguous++;
            }
        }
        int baseSize = register.size();
        Set<String> known = new HashSet<>();
        int[] kinds = new int[4];
        Set<Integer> used = new HashSet<>();
        while (known.size() < duplicates) {
            int pick = random.nextInt(baseSize);
            if (!used.add(pick) || register.get(pick).birthDate() == null) {
                continue;
            }
            Duplicates.Entry original = register.get(pick);
            Duplicates.Entry copy = new Duplicates.Entry(UUID.randomUUID(), original.familyName(),
                    original.givenName(), original.birthDate(), original.sex());
            int changes = 1 + random.nextInt(2);
            for (int c = 0; c < changes; c++) {
                int kind = random.nextInt(4);
                kinds[kind]++;
                copy = change(copy, kind, random);
            }
            register.add(copy);
            known.add(pairKey(original.id(), copy.id()));
        }

        long started = System.nanoTime();
        List<DuplicateCandidate> found = Duplicates.pairs(register, Duplicates.LIKELY);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long correct = found.stream().filter(c -> known.contains(pairKey(c.first(), c.second()))).count();
        double precision = found.isEmpty() ? 1 : (double) correct / found.size();
        double recall = (double) correct / known.size();
        if (showMistakes > 0) {
            Map<UUID, Duplicates.Entry> byId = new HashMap<>();
            register.forEach(entry -> byId.put(entry.id(), entry));
            found.stream().filter(c -> !known.contains(pairKey(c.first(), c.second()))).limit(showMistakes)
                    .forEach(c -> out.printf(Locale.ROOT, "false pair %.3f: %s | %s%n", c.score(),
                            describe(byId.get(c.first())), describe(byId.get(c.second()))));
        }
        out.printf(Locale.ROOT, "register %d persons (%d of %d demo persons left out as indistinguishable)"
                        + " + %d known duplicates (changes: typos %d, transliterations %d, swapped names %d,"
                        + " year only %d)%n", baseSize, ambiguous, persons, duplicates, kinds[0], kinds[1], kinds[2],
                kinds[3]);
        out.printf(Locale.ROOT, "found %d pairs in %d ms: precision %.3f (goal >= 0.95), recall %.3f (goal >= 0.90)%n",
                found.size(), millis, precision, recall);
        return 0;
    }

    private static Duplicates.Entry change(Duplicates.Entry entry, int kind, SplittableRandom random) {
        return switch (kind) {
            case 0 -> random.nextBoolean()
                    ? new Duplicates.Entry(entry.id(), typo(entry.familyName(), random), entry.givenName(),
                            entry.birthDate(), entry.sex())
                    : new Duplicates.Entry(entry.id(), entry.familyName(), typo(entry.givenName(), random),
                            entry.birthDate(), entry.sex());
            case 1 -> new Duplicates.Entry(entry.id(), otherSpelling(entry.familyName(), random),
                    otherSpelling(entry.givenName(), random), entry.birthDate(), entry.sex());
            case 2 -> new Duplicates.Entry(entry.id(), entry.givenName(), entry.familyName(), entry.birthDate(),
                    entry.sex());
            default -> new Duplicates.Entry(entry.id(), entry.familyName(), entry.givenName(),
                    new PartialDate(entry.birthDate().date(), DatePrecision.YEAR), entry.sex());
        };
    }

    /** The real birthday behind a partial date: a day in its month or year. */
    private static LocalDate fullDate(PartialDate date, SplittableRandom random) {
        return switch (date.precision()) {
            case DAY -> date.date();
            case MONTH -> date.date().withDayOfMonth(1 + random.nextInt(date.date().lengthOfMonth()));
            case YEAR -> date.date().withDayOfYear(1 + random.nextInt(date.date().lengthOfYear()));
        };
    }

    private static String otherSpelling(String name, SplittableRandom random) {
        List<String> others = Spellings.alternatives(name);
        return others.isEmpty() ? name : others.get(random.nextInt(others.size()));
    }

    /** One letter replaced, dropped, doubled or swapped with its neighbour. */
    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        StringBuilder text = new StringBuilder(name);
        switch (random.nextInt(4)) {
            case 0 -> text.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 1 -> text.deleteCharAt(at);
            case 2 -> text.insert(at, text.charAt(at));
            default -> {
                char c = text.charAt(at);
                text.setCharAt(at, text.charAt(at + 1));
                text.setCharAt(at + 1, c);
            }
        }
        return text.toString();
    }

    private static String describe(Duplicates.Entry entry) {
        return entry.familyName() + ", " + entry.givenName() + ", "
                + (entry.birthDate() == null ? "?" : entry.birthDate().format()) + ", " + entry.sex();
    }

    private static String pairKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }
}
