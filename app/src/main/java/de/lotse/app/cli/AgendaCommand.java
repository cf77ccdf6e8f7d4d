package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.feature.agenda.AgendaExport;
import de.lotse.app.i18n.Messages;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.text.Days;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code lotse agenda --ics FILE}: appointments as a calendar file for Outlook, Thunderbird or a phone. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "Write appointments to an iCalendar (.ics) file; prints how many were written.")
public final class AgendaCommand extends StoreCommand {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaCommand.class);

    @Option(names = "--ics", required = true, paramLabel = "FILE", description = "The calendar file to write.")
    Path ics;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, dd.MM.yyyy or yyyy-MM-dd (default: today).")
    String from;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "How many days from the first (default: ${DEFAULT-VALUE}, at most 366).")
    int days;

    @Option(names = "--caseworker", paramLabel = "NAME",
            description = "Only this caseworker's appointments (a unique part of the name will do); default: everyone's.")
    String caseworker;

    @Override
    int run(AppContext context, PrintWriter out) {
        if (days < 1 || days > 366) {
            throw new ParameterException(spec.commandLine(), "--days must be between 1 and 366");
        }
        LocalDate first = from == null ? context.agenda().today() : date(from);
        Messages messages = root().messages();
        PrintWriter err = spec.commandLine().getErr();
        UUID caseworkerId = null;
        if (caseworker != null) {
            List<Caseworker> staff = context.directory().caseworkers();
            List<Caseworker> found = matching(staff, caseworker);
            if (found.size() != 1) {
                err.println(found.isEmpty()
                        ? messages.get("cli.agenda.noCaseworker", caseworker, names(staff))
                        : messages.get("cli.agenda.ambiguous", caseworker, names(found)));
                return 1;
            }
            caseworkerId = found.getFirst().id();
        }
        List<Appointment> appointments = context.agenda().between(caseworkerId, first, first.plusDays(days));
        try {
            AgendaExport.write(ics, appointments, AgendaExport.personNames(context.people(), appointments),
                    Instant.now());
        } catch (IOException e) {
            LOG.warn("Calendar file not written: {}", e.getClass().getSimpleName());
            err.println(messages.get("cli.agenda.writeFailed", ics.toAbsolutePath()));
            return 1;
        }
        out.println(messages.get("cli.agenda.done", appointments.size(), ics.toAbsolutePath()));
        return 0;
    }

    private LocalDate date(String text) {
        return Days.parse(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--from must be a date as dd.MM.yyyy or yyyy-MM-dd: " + text));
    }

    /** The caseworker of exactly that name, else those whose name contains the text (any case). */
    static List<Caseworker> matching(List<Caseworker> staff, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Caseworker> exact = staff.stream().filter(w -> w.name().strip().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        return !exact.isEmpty() ? exact
                : staff.stream().filter(w -> w.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    private static String names(List<Caseworker> staff) {
        return staff.stream().map(Caseworker::name).collect(Collectors.joining(", "));
    }
}
