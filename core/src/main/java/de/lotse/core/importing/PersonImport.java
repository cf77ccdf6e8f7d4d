package de.lotse.core.importing;

import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.DuplicateCandidate;
import de.lotse.core.person.Duplicates;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.Sex;
import de.lotse.core.task.Progress;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the rows of a CSV table into person drafts, or into the problems that keep a row out,
 * each with the line the row starts on. Fields are read as the {@code person add} command line
 * reads them; the checks are the register's own. {@link #run} is the whole import: check, look for
 * duplicates, save in one transaction.
 */
public final class PersonImport {

    /** The field of problems with a whole row rather than one of its fields. */
    public static final String ROW = "row";

    /** Nationalities in one cell: ISO codes separated by {@code |}, white space, comma or semicolon. */
    private static final Pattern COUNTRY_SEPARATOR = Pattern.compile("[|,;\\s]+");

    private PersonImport() {
    }

    /** A row that may be saved. */
    public record Row(int line, PersonDraft draft) { }

    /** A row that may not be saved, with everything wrong with it. */
    public record BadRow(int line, List<FieldProblem> problems) {

        public BadRow {
            problems = List.copyOf(problems);
        }
    }

    /** A good row that may be a person already stored, or another row of the same file. */
    public sealed interface Match {

        int line();

        double score();

        /** The row at {@code line} may be the stored person {@code id}. */
        record InRegister(int line, UUID id, double score) implements Match { }

        /** The row at {@code line} may be the one at the earlier {@code otherLine}. */
        record InFile(int line, int otherLine, double score) implements Match { }
    }

    /** The rows of a file sorted into good and bad, each list in file order. */
    public record Result(List<Row> good, List<BadRow> bad) {

        public Result {
            good = List.copyOf(good);
            bad = List.copyOf(bad);
        }

        public List<PersonDraft> drafts() {
            return good.stream().map(Row::draft).toList();
        }

        /** The good rows for the duplicate check, each under a stand-in id ({@link #matches} maps them back). */
        public List<Duplicates.Entry> duplicateEntries() {
            return good.stream().map(row -> new Duplicates.Entry(standIn(row.line()), row.draft().familyName(),
                    row.draft().givenName(), row.draft().birthDate(), row.draft().sex())).toList();
        }

        /**
         * The candidates of a duplicate check of {@link #duplicateEntries()} as rows: the later row
         * of a pair within the file names the earlier one. Ordered by line, best first.
         */
        public List<Match> matches(List<DuplicateCandidate> candidates) {
            Map<UUID, Row> rows = new HashMap<>();
            good.forEach(row -> rows.put(standIn(row.line()), row));
            List<Match> matches = new ArrayList<>();
            for (DuplicateCandidate candidate : candidates) {
                Row first = rows.get(candidate.first());
                Row second = rows.get(candidate.second());
                if (first != null && second != null) {
                    matches.add(new Match.InFile(Math.max(first.line(), second.line()),
                            Math.min(first.line(), second.line()), candidate.score()));
                } else if (first != null || second != null) {
                    matches.add(first != null ? new Match.InRegister(first.line(), candidate.second(), candidate.score())
                            : new Match.InRegister(second.line(), candidate.first(), candidate.score()));
                }
            }
            matches.sort(Comparator.comparingInt(Match::line)
                    .thenComparing(Comparator.comparingDouble(Match::score).reversed()));
            return matches;
        }

        /** Version-0 UUIDs: {@code de.lotse.core.id.Ids} never makes one, so no stored person has it. */
        private static UUID standIn(int line) {
            return new UUID(0, line);
        }
    }

    /** What an import needs of the register: its checks, its duplicate search and one transaction to save in. */
    public interface Target {

        /** What is wrong with {@code draft}; empty when it may be saved. */
        List<FieldProblem> check(PersonDraft draft);

        /** Pairs that may be one person with at least one of {@code incoming} (see {@link PersonService#candidatesAmong}). */
        List<DuplicateCandidate> candidatesAmong(List<Duplicates.Entry> incoming, Progress progress);

        /** Saves all {@code drafts} in one transaction, or none (see {@link PersonService#addAll(List, Progress)}). */
        Validated<List<UUID>> addAll(List<PersonDraft> drafts, Progress progress);
    }

    /** The register of {@code people} as an import's target. */
    public static Target into(PersonService people) {
        return new Target() {
            @Override
            public List<FieldProblem> check(PersonDraft draft) {
                return people.check(draft);
            }

            @Override
            public List<DuplicateCandidate> candidatesAmong(List<Duplicates.Entry> incoming, Progress progress) {
                return people.candidatesAmong(incoming, progress);
            }

            @Override
            public Validated<List<UUID>> addAll(List<PersonDraft> drafts, Progress progress) {
                return people.addAll(drafts, progress);
            }
        };
    }

    /** {@code dryRun}: check and report only; {@code skipBad}: save the good rows even when some are bad. */
    public record Options(boolean dryRun, boolean skipBad) { }

    /**
     * What an import found and did: the rows sorted, the possible duplicates, whether bad rows
     * stopped it, and how many persons it saved (none when stopped or on a dry run).
     */
    public record Outcome(Result result, List<Match> matches, boolean stopped, int imported) {

        public Outcome {
            matches = List.copyOf(matches);
        }
    }

    /** The scale of an import's progress and where its phases end on it: checking, looking for duplicates, saving. */
    private static final long SCALE = 1_000;
    private static final long CHECKED = 100;
    private static final long COMPARED = 700;
    /** Rows between two reports (and checks for a cancel). */
    private static final int STEP = 64;

    /**
     * The whole import of {@code table} (not {@linkplain CsvTable#isEmpty() empty}): every row checked
     * with the target's rules, the good ones looked up among the stored persons and each other, and,
     * unless it is a dry run or a bad row stops it (without {@code skipBad}), saved in one transaction.
     * Tells {@code progress} how far it has come; a cancel ends it with a
     * {@link de.lotse.core.task.CancelledException}, and then nothing is saved.
     */
    public static Outcome run(CsvTable table, ColumnMapping mapping, Target target, Options options,
            Progress progress) {
        Result result = check(table, mapping, target::check, progress.part(0, CHECKED, SCALE));
        List<Match> matches = result.matches(target.candidatesAmong(result.duplicateEntries(),
                progress.part(CHECKED, COMPARED, SCALE)));
        boolean stopped = !result.bad().isEmpty() && !options.skipBad();
        int imported = 0;
        if (!stopped && !options.dryRun() && !result.good().isEmpty()) {
            imported = switch (target.addAll(result.drafts(), progress.part(COMPARED, SCALE, SCALE))) {
                case Validated.Valid<List<UUID>> valid -> valid.value().size();
                case Validated.Invalid<List<UUID>> invalid -> throw new IllegalStateException(
                        "rows that passed the check failed it when saved: " + invalid.problems().size() + " problems");
            };
        }
        progress.report(SCALE, SCALE);
        return new Outcome(result, matches, stopped, imported);
    }

    /**
     * Reads every row after the header of {@code table} (not {@linkplain CsvTable#isEmpty() empty}) with
     * {@code mapping}; {@code rules} says what is wrong with a draft (the register's check,
     * {@code PersonService::check}).
     */
    public static Result check(CsvTable table, ColumnMapping mapping,
            Function<PersonDraft, List<FieldProblem>> rules) {
        return check(table, mapping, rules, Progress.NONE);
    }

    /** As {@link #check(CsvTable, ColumnMapping, Function)}, reporting rows to {@code progress} and stopping when cancelled. */
    public static Result check(CsvTable table, ColumnMapping mapping,
            Function<PersonDraft, List<FieldProblem>> rules, Progress progress) {
        List<Row> good = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        int columns = table.header().size();
        int rows = table.rows().size();
        int done = 0;
        for (CsvRecord record : table.rows()) {
            if (done++ % STEP == 0) {
                progress.stopIfCancelled();
                progress.report(done - 1, rows);
            }
            if (record.unclosedQuote()) {
                bad.add(new BadRow(record.line(), List.of(FieldProblem.of(ROW, "unclosedQuote"))));
                continue;
            }
            if (!fits(record.fields(), columns)) {
                bad.add(new BadRow(record.line(), List.of(FieldProblem.of(ROW, "columnCount",
                        record.fields().size(), columns))));
                continue;
            }
            List<FieldProblem> problems = new ArrayList<>();
            PersonDraft draft = draft(mapping, record.fields(), problems);
            problems.addAll(rules.apply(draft));
            if (problems.isEmpty()) {
                good.add(new Row(record.line(), draft));
            } else {
                problems.sort(Comparator.comparingInt(problem -> fieldOrder(problem.field())));
                bad.add(new BadRow(record.line(), problems));
            }
        }
        progress.report(rows, rows);
        return new Result(good, bad);
    }

    /** As many fields as the header, or more that are all empty (a spreadsheet's stray {@code ;;}). */
    private static boolean fits(List<String> fields, int columns) {
        return fields.size() == columns
                || fields.size() > columns && fields.subList(columns, fields.size()).stream().allMatch(String::isBlank);
    }

    /** The draft of one row; what cannot be read goes to {@code problems} and leaves its field empty. */
    private static PersonDraft draft(ColumnMapping mapping, List<String> fields, List<FieldProblem> problems) {
        String birthText = mapping.valueOf(ImportField.BIRTH_DATE, fields);
        PartialDate birthDate = null;
        if (birthText != null && !birthText.isBlank()) {
            birthDate = PartialDate.parse(birthText).orElse(null);
            if (birthDate == null) {
                problems.add(FieldProblem.of(ImportField.BIRTH_DATE.jsonName(), "dateFormat"));
            }
        }
        String sexText = mapping.valueOf(ImportField.SEX, fields);
        Sex sex = Sex.UNKNOWN;
        if (sexText != null && !sexText.isBlank()) {
            var parsed = Sex.parse(sexText);
            if (parsed.isPresent()) {
                sex = parsed.get();
            } else {
                problems.add(FieldProblem.of(ImportField.SEX.jsonName(), "sex", sexText.strip()));
            }
        }
        String countries = mapping.valueOf(ImportField.NATIONALITY, fields);
        List<String> nationalities = countries == null ? List.of()
                : Arrays.stream(COUNTRY_SEPARATOR.split(countries.strip())).filter(code -> !code.isEmpty()).toList();
        return new PersonDraft(mapping.valueOf(ImportField.FAMILY_NAME, fields),
                mapping.valueOf(ImportField.GIVEN_NAME, fields), birthDate, sex, nationalities,
                new Contact(mapping.valueOf(ImportField.PHONE, fields), mapping.valueOf(ImportField.EMAIL, fields),
                        new Address(mapping.valueOf(ImportField.STREET, fields),
                                mapping.valueOf(ImportField.POSTAL_CODE, fields),
                                mapping.valueOf(ImportField.CITY, fields))));
    }

    /** Problems in the order of the form's fields; unknown fields last. */
    private static int fieldOrder(String field) {
        return ImportField.named(field).map(Enum::ordinal).orElse(ImportField.values().length);
    }
}
