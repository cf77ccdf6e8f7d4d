package de.lotse.app.cli;

import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.person.Person;
import de.lotse.core.person.PersonIndex;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lotse bench search}: the latency of one keystroke's search over a register of demo
 * persons, in process. Queries are typed letter by letter the way caseworkers type them: a family
 * name, given and family name, the two swapped, or a family name and a birth year; every prefix
 * of at least two characters is one search.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Latency of search while typing over N demo persons (p50/p95/p99 per keystroke).")
public final class SearchBenchmark implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "100000", description = "Demo persons (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--queries", defaultValue = "1000", description = "Typed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Person> register = new DemoGenerator(1, LocalDate.now()).generate(persons).persons();
        long building = System.nanoTime();
        PersonIndex index = PersonIndex.build(register.stream().map(p -> new PersonIndex.Entry(p.id(),
                p.familyName(), p.givenName(), List.of(), p.birthDate())).toList());
        out.printf(Locale.ROOT, "index of %d persons built in %d ms%n", index.size(),
                (System.nanoTime() - building) / 1_000_000);

        SplittableRandom random = new SplittableRandom(7);
        List<String> typed = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            typed.add(query(register.get(random.nextInt(register.size())), random));
        }
        // warm-up: the JIT compiles the search before it is measured
        for (String query : typed.subList(0, Math.min(200, typed.size()))) {
            index.search(query, 50);
        }
        List<Long> nanos = new ArrayList<>();
        long hits = 0;
        for (String query : typed) {
            for (int length = 2; length <= query.length(); length++) {
                long started = System.nanoTime();
                hits += index.search(query.substring(0, length), 50).size();
                nanos.add(System.nanoTime() - started);
            }
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(Locale.ROOT, "%d keystrokes of %d queries (%d hits): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms (goal p95 <= 30 ms)%n", sorted.length, typed.size(), hits,
                millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        return 0;
    }

    private static String query(Person person, SplittableRandom random) {
        String family = person.familyName().toLowerCase(Locale.ROOT);
        String given = person.givenName().toLowerCase(Locale.ROOT);
        return switch (random.nextInt(4)) {
            case 0 -> family;
            case 1 -> given + " " + family;
            case 2 -> family + " " + given;
            default -> person.birthDate() == null ? family : family + " " + person.birthDate().date().getYear();
        };
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
