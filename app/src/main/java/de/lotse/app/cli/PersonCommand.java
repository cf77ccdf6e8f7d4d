package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.i18n.Messages;
import de.lotse.core.importing.PersonImport;
import de.lotse.core.person.PersonRow;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lotse person …}: the register for administrators and scripts. */
@Command(name = "person", mixinStandardHelpOptions = true,
        description = "Add, change, delete, show, list and import persons.",
        subcommands = {PersonCommand.Add.class, PersonCommand.Update.class, PersonCommand.Delete.class,
                PersonCommand.Show.class, PersonCommand.ListPersons.class,
                PersonCommand.Merge.class, PersonCommand.Merges.class, PersonImportCommand.class})
public final class PersonCommand {

    /** Prints what is wrong with an input on one line; exit code 1. */
    static int invalid(List<FieldProblem> problems, Messages messages, PrintWriter err) {
        err.println(problems.stream().map(p -> describe(p, messages)).collect(Collectors.joining("; ")));
        return 1;
    }

    /** One problem in words, {@code Field: what is wrong}; a problem of a whole imported row without the field. */
    static String describe(FieldProblem problem, Messages messages) {
        String text = messages.problem(problem);
        return problem.field().equals(PersonImport.ROW) ? text : messages.get("field." + problem.field()) + ": " + text;
    }

    static int notFound(UUID id, Messages messages, PrintWriter err) {
        err.println(messages.get("cli.person.notFound", id));
        return 1;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a person; prints only the new id.")
    static final class Add extends StoreCommand {

        @Mixin
        PersonOptions fields;

        @Override
        int run(AppContext context, PrintWriter out) {
            Messages messages = root().messages();
            var draft = fields.over(PersonOptions.EMPTY, spec.commandLine());
            return switch (context.people().add(draft)) {
                case Validated.Valid<UUID> valid -> {
                    for (var candidate : context.people().candidatesFor(draft)) {
                        if (!candidate.second().equals(valid.value())) {
                            spec.commandLine().getErr().println(messages.get("cli.person.possibleDuplicate",
                                    candidate.second(), String.format(java.util.Locale.ROOT, "%.2f", candidate.score())));
                        }
                    }
                    out.println(valid.value());
                    yield 0;
                }
                case Validated.Invalid<UUID> invalid -> invalid(invalid.problems(), messages,
                        spec.commandLine().getErr());
            };
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change a person; only the options given change (an empty value clears a field).")
    static final class Update extends StoreCommand {

        @Parameters(paramLabel = "ID", description = "The person's id.")
        UUID id;

        @Mixin
        PersonOptions fields;

        @Override
        int run(AppContext context, PrintWriter out) {
            Messages messages = root().messages();
            var stored = context.people().find(id);
            if (stored.isEmpty()) {
                return notFound(id, messages, spec.commandLine().getErr());
            }
            return switch (context.people().update(id, stored.get().person(),
                    fields.over(stored.get().person(), spec.commandLine()))) {
                case Validated.Valid<Boolean> valid -> valid.value() ? 0 : notFound(id, messages,
                        spec.commandLine().getErr());
                case Validated.Invalid<Boolean> invalid -> invalid(invalid.problems(), messages,
                        spec.commandLine().getErr());
            };
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a person with nationalities and household memberships.")
    static final class Delete extends StoreCommand {

        @Parameters(paramLabel = "ID", description = "The person's id.")
        UUID id;

        @Override
        int run(AppContext context, PrintWriter out) {
            Messages messages = root().messages();
            PrintWriter err = spec.commandLine().getErr();
            return switch (context.people().delete(id)) {
                case Validated.Valid<Boolean> valid -> valid.value() ? 0 : notFound(id, messages, err);
                case Validated.Invalid<Boolean> invalid -> invalid(invalid.problems(), messages, err);
            };
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one person.")
    static final class Show extends StoreCommand {

        @Parameters(paramLabel = "ID", description = "The person's id.")
        UUID id;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        int run(AppContext context, PrintWriter out) {
            var found = context.people().find(id);
            if (found.isEmpty()) {
                return notFound(id, root().messages(), spec.commandLine().getErr());
            }
            if (json) {
                out.println(PersonJson.MAPPER.writeValueAsString(PersonJson.of(found.get())));
            } else {
                PersonJson.of(found.get()).forEach((key, value) -> out.println(key + ": " + (value == null ? "" : value)));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List persons; with --query ranked like the search field.")
    static final class ListPersons extends StoreCommand {

        @Option(names = "--query", paramLabel = "Q", description = "Search text: names in any order and spelling, dates.")
        String query;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N persons (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--json", description = "Print a JSON list.")
        boolean json;

        @Override
        int run(AppContext context, PrintWriter out) {
            if (limit < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
            }
            List<PersonRow> rows = context.people().search(query, limit);
            if (json) {
                out.println(PersonJson.MAPPER.writeValueAsString(rows.stream().map(PersonJson::of).toList()));
            } else {
                for (PersonRow row : rows) {
                    out.println(String.join("\t", row.id().toString(), row.familyName(),
                            row.givenName() == null ? "" : row.givenName(),
                            row.birthDate() == null ? "" : row.birthDate().format(), row.nationalities(), row.city()));
                }
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge the second person into the first: every record of it moves, the merge is recorded.")
    static final class Merge extends StoreCommand {

        @Parameters(index = "0", paramLabel = "SURVIVOR", description = "The person who stays.")
        UUID survivor;

        @Parameters(index = "1", paramLabel = "MERGED", description = "The person merged into the survivor.")
        UUID merged;

        @Option(names = "--json", description = "Print the merge record as JSON.")
        boolean json;

        @Override
        int run(AppContext context, PrintWriter out) {
            Messages messages = root().messages();
            PrintWriter err = spec.commandLine().getErr();
            if (survivor.equals(merged)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "SURVIVOR and MERGED must differ");
            }
            for (UUID id : List.of(survivor, merged)) {
                if (context.people().find(id).isEmpty()) {
                    return notFound(id, messages, err);
                }
            }
            return switch (context.people().merge(survivor, merged)) {
                case Validated.Valid<de.lotse.core.person.MergeRecord> valid -> {
                    if (json) {
                        out.println(PersonJson.MAPPER.writeValueAsString(PersonJson.of(valid.value())));
                    } else {
                        out.println(messages.get("cli.person.merged", valid.value().moved().size()));
                    }
                    yield 0;
                }
                case Validated.Invalid<de.lotse.core.person.MergeRecord> invalid -> invalid(invalid.problems(),
                        messages, err);
            };
        }
    }

    @Command(name = "merges", mixinStandardHelpOptions = true, description = "List the merges, the latest first.")
    static final class Merges extends StoreCommand {

        @Override
        int run(AppContext context, PrintWriter out) {
            out.println(PersonJson.MAPPER.writeValueAsString(context.people().merges().stream().map(PersonJson::of)
                    .toList()));
            return 0;
        }
    }
}
