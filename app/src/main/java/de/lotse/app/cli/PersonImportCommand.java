package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.i18n.Messages;
import de.lotse.core.account.Permission;
import de.lotse.core.importing.ColumnMapping;
import de.lotse.core.importing.CsvReader;
import de.lotse.core.importing.CsvTable;
import de.lotse.core.importing.PersonImport;
import de.lotse.core.task.Progress;
import de.lotse.core.validation.Validated;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code lotse person import}: persons from a spreadsheet's CSV file. Every row is checked first;
 * a bad row keeps the whole file out unless {@code --skip-bad}, and the good rows are saved in one
 * transaction.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import persons from a CSV file (UTF-8 or Windows-1252, ';' or ',').",
            "Every bad row is reported with its line; then nothing is imported unless --skip-bad.",
            "Possible duplicates (in the register or the file) are reported, not refused."})
final class PersonImportCommand extends StoreCommand {

    private static final Logger LOG = LoggerFactory.getLogger(PersonImportCommand.class);

    @Override
    Permission needs() {
        return Permission.IMPORT;
    }

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file; its first line names the columns.")
    Path csv;

    @Option(names = "--map", required = true, split = ",", paramLabel = "COLUMN=field",
            description = "Which column fills which field: familyName (required), givenName, birthDate, sex, "
                    + "nationality (codes separated by | or space), phone, email, street, postalCode, city.")
    Map<String, String> map;

    @Option(names = "--dry-run", description = "Check and report only; nothing is saved.")
    boolean dryRun;

    @Option(names = "--skip-bad", description = "Import the good rows even when some are bad (those are still reported).")
    boolean skipBad;

    @Option(names = "--json", description = "Print one JSON object: imported, good, bad, duplicates, dryRun.")
    boolean json;

    @Override
    int run(AppContext context, PrintWriter out) {
        Messages messages = root().messages();
        PrintWriter err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (NoSuchFileException e) {
            err.println(messages.get("cli.import.noFile", csv));
            return 1;
        } catch (IOException e) {
            LOG.warn("CSV file not readable: {}", e.getClass().getSimpleName());
            err.println(messages.get("cli.import.unreadable", csv));
            return 1;
        }
        CsvTable table = CsvReader.read(bytes);
        if (table.isEmpty()) {
            err.println(messages.get("cli.import.empty", csv));
            return 1;
        }
        ColumnMapping mapping = switch (ColumnMapping.of(map, table.header())) {
            case Validated.Valid<ColumnMapping> valid -> valid.value();
            case Validated.Invalid<ColumnMapping> invalid -> throw new ParameterException(spec.commandLine(),
                    invalid.problems().stream().map(p -> messages.get("cli.import.map." + p.code(), p.args().toArray()))
                            .collect(Collectors.joining("; ")));
        };

        // a person at a terminal sees the import move; a script or a test reading stderr gets no extra lines
        Progress progress = System.console() != null && System.console().isTerminal()
                ? new TerminalProgress(err, percent -> messages.get("cli.import.progress", percent))
                : Progress.NONE;
        PersonImport.Outcome outcome = PersonImport.run(table, mapping, PersonImport.into(context.people()),
                new PersonImport.Options(dryRun, skipBad), progress);
        PersonImport.Result result = outcome.result();
        List<PersonImport.Match> matches = outcome.matches();
        boolean stopped = outcome.stopped();
        int imported = outcome.imported();
        LOG.info("CSV import ({}, '{}'): {} good rows, {} bad, {} possible duplicates, {} imported, dry run {}",
                table.charset(), table.delimiter(), result.good().size(), result.bad().size(), matches.size(),
                imported, dryRun);

        if (json) {
            out.println(PersonJson.MAPPER.writeValueAsString(report(result, matches, imported, messages)));
        } else {
            for (PersonImport.BadRow bad : result.bad()) {
                out.println(messages.get("cli.import.badRow", String.valueOf(bad.line()), reason(bad, messages)));
            }
            for (PersonImport.Match match : matches) {
                out.println(switch (match) {
                    case PersonImport.Match.InRegister m -> messages.get("cli.import.duplicateOfPerson",
                            String.valueOf(m.line()), m.id(), score(m.score()));
                    case PersonImport.Match.InFile m -> messages.get("cli.import.duplicateOfLine",
                            String.valueOf(m.line()), String.valueOf(m.otherLine()), score(m.score()));
                });
            }
        }
        int good = result.good().size();
        int bad = result.bad().size();
        if (stopped) {
            err.println(dryRun ? messages.get("cli.import.dryRunStopped", bad, good)
                    : messages.get("cli.import.stopped", bad, good));
            return 1;
        }
        if (!json) {
            if (dryRun) {
                out.println(bad == 0 ? messages.get("cli.import.dryRun", good)
                        : messages.get("cli.import.dryRunSkipped", good, bad));
            } else {
                out.println(bad == 0 ? messages.get("cli.import.done", imported)
                        : messages.get("cli.import.doneSkipped", imported, bad));
            }
            if (!matches.isEmpty()) {
                out.println(messages.get("cli.import.duplicatesHint", matches.size()));
            }
        }
        return 0;
    }

    /** The JSON report: {@code imported}, {@code good}, {@code bad}, {@code duplicates}, {@code dryRun}. */
    private Map<String, Object> report(PersonImport.Result result, List<PersonImport.Match> matches, int imported,
            Messages messages) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imported", imported);
        json.put("good", result.good().size());
        json.put("bad", result.bad().stream().map(bad -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", bad.line());
            row.put("reason", reason(bad, messages));
            return row;
        }).toList());
        json.put("duplicates", matches.stream().map(match -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", match.line());
            switch (match) {
                case PersonImport.Match.InRegister m -> row.put("id", m.id().toString());
                case PersonImport.Match.InFile m -> row.put("otherLine", m.otherLine());
            }
            row.put("score", Math.round(match.score() * 100) / 100.0);
            return row;
        }).toList());
        json.put("dryRun", dryRun);
        return json;
    }

    /** Everything wrong with a row on one line, as {@code person add} reports a bad input. */
    private static String reason(PersonImport.BadRow bad, Messages messages) {
        return bad.problems().stream().map(problem -> PersonCommand.describe(problem, messages))
                .collect(Collectors.joining("; "));
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
