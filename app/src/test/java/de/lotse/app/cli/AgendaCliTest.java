package de.lotse.app.cli;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lotse agenda --ics} on a store with demo data. */
class AgendaCliTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private CliRun lotse(String... args) {
        return CliRun.lotse(dataDir, args);
    }

    @BeforeEach
    void demo() {
        assertThat(lotse("demo", "--persons", "300", "--seed", "1").code()).isZero();
    }

    private static long events(Path ics) throws Exception {
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        return java.util.Arrays.stream(text.split("\r\n")).filter("BEGIN:VEVENT"::equals).count();
    }

    @Test
    void writesTheAppointmentsOfTheDaysAsked() throws Exception {
        Path ics = elsewhere.resolve("termine.ics");
        CliRun week = lotse("agenda", "--ics", ics.toString());
        assertThat(week.code()).as(week.err()).isZero();
        long inWeek = events(ics);
        assertThat(week.out().strip()).endsWith("in " + ics.toAbsolutePath() + " geschrieben.");

        // the demo plans appointments from a week ago to two weeks ahead
        String from = LocalDate.now().minusDays(8).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        CliRun all = lotse("agenda", "--ics", ics.toString(), "--from", from, "--days", "24");
        assertThat(all.code()).as(all.err()).isZero();
        long total = events(ics);
        assertThat(total).isPositive().isGreaterThanOrEqualTo(inWeek);
        assertThat(all.out()).startsWith(total + " Termine in ");
        assertThat(Files.readString(ics)).contains("SUMMARY:", " – ", "TRIGGER:-PT60M");

        CliRun iso = lotse("agenda", "--ics", ics.toString(), "--from", LocalDate.now().minusDays(8).toString(),
                "--days", "24", "--caseworker", "a");
        assertThat(iso.code()).as("a part of many names").isEqualTo(1);
        assertThat(iso.err()).contains("passt auf mehrere");

        String name;
        long theirs;
        try (AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            var worker = context.directory().caseworkers().getFirst();
            name = worker.name();
            theirs = context.agenda().between(worker.id(), LocalDate.now().minusDays(8), LocalDate.now().plusDays(16))
                    .size();
        }
        CliRun one = lotse("agenda", "--ics", ics.toString(), "--from", LocalDate.now().minusDays(8).toString(),
                "--days", "24", "--caseworker", name.toLowerCase(java.util.Locale.ROOT));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(events(ics)).isEqualTo(theirs).isLessThan(total);
    }

    @Test
    void wrongUsageAndFailures() {
        Path ics = elsewhere.resolve("termine.ics");
        assertThat(lotse("agenda").code()).as("--ics is required").isEqualTo(2);
        assertThat(lotse("agenda", "--ics", ics.toString(), "--days", "0").code()).isEqualTo(2);
        assertThat(lotse("agenda", "--ics", ics.toString(), "--from", "31.02.2026").code()).isEqualTo(2);
        assertThat(lotse("agenda", "--ics", ics.toString(), "--from", "morgen").code()).isEqualTo(2);
        CliRun nobody = lotse("agenda", "--ics", ics.toString(), "--caseworker", "Niemand Sonst");
        assertThat(nobody.code()).isEqualTo(1);
        assertThat(nobody.err()).startsWith("Niemand im Team heißt „Niemand Sonst“. Bekannt sind: ");
        Path missing = elsewhere.resolve("fehlt").resolve("termine.ics");
        CliRun failed = lotse("agenda", "--ics", missing.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().strip()).isEqualTo("Die Datei " + missing.toAbsolutePath()
                + " konnte nicht geschrieben werden. Es wurde nichts verändert.");
        assertThat(ics).doesNotExist();
    }
}
