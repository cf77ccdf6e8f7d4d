package de.lotse.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.DuplicateCandidate;
import de.lotse.core.person.Duplicates;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonRules;
import de.lotse.core.person.Sex;
import de.lotse.core.task.CancelledException;
import de.lotse.core.task.Progress;
import de.lotse.core.task.RecordingProgress;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static final String HEADER = "Nachname;Vorname;Geburtsdatum;Geschlecht;Staatsangehörigkeit;Straße;PLZ;Ort\n";

    private static final Map<String, String> MAP = map("Nachname=familyName", "Vorname=givenName",
            "Geburtsdatum=birthDate", "Geschlecht=sex", "Staatsangehörigkeit=nationality", "Straße=street",
            "PLZ=postalCode", "Ort=city");

    private static Map<String, String> map(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            map.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return map;
    }

    private static PersonImport.Result check(String csv, Charset charset) {
        CsvTable table = CsvReader.read(csv.getBytes(charset));
        ColumnMapping mapping = switch (ColumnMapping.of(MAP, table.header())) {
            case Validated.Valid<ColumnMapping> valid -> valid.value();
            case Validated.Invalid<ColumnMapping> invalid -> throw new AssertionError(invalid.problems());
        };
        return PersonImport.check(table, mapping, draft -> PersonRules.check(PersonRules.clean(draft), TODAY));
    }

    private static PersonImport.Result check(String csv) {
        return check(csv, StandardCharsets.UTF_8);
    }

    private static List<String> codes(PersonImport.BadRow row) {
        return row.problems().stream().map(p -> p.field() + "." + p.code()).toList();
    }

    @Test
    void goodRowsBecomeDraftsAsThePersonFormWouldHaveThem() {
        PersonImport.Result result = check(HEADER
                + "Özdemir;Ayşe;07.03.1985;w;TR|DE;Lange Straße 3;58095;Hagen\n"
                + "Al-Hassan;Mohammed;1990-12-03;männlich;sy iq;;;\n"
                + "Petrenko;Olena;03.2001;F; UA ;;;\n"
                + "Nowak;;1978;;;;;\n");

        assertThat(result.bad()).isEmpty();
        assertThat(result.good()).extracting(PersonImport.Row::line).containsExactly(2, 3, 4, 5);
        PersonDraft first = result.good().getFirst().draft();
        assertThat(first.familyName()).isEqualTo("Özdemir");
        assertThat(first.birthDate()).isEqualTo(PartialDate.of(LocalDate.of(1985, 3, 7)));
        assertThat(first.sex()).isEqualTo(Sex.FEMALE);
        assertThat(first.nationalities()).containsExactly("TR", "DE");
        assertThat(first.contact().address().street()).isEqualTo("Lange Straße 3");
        assertThat(first.contact().address().postalCode()).isEqualTo("58095");
        assertThat(first.contact().address().city()).isEqualTo("Hagen");
        PersonDraft second = result.good().get(1).draft();
        assertThat(second.birthDate()).isEqualTo(PartialDate.of(LocalDate.of(1990, 12, 3)));
        assertThat(second.sex()).isEqualTo(Sex.MALE);
        assertThat(second.nationalities()).containsExactly("sy", "iq");
        PersonDraft third = result.good().get(2).draft();
        assertThat(third.birthDate().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(third.nationalities()).containsExactly("UA");
        PersonDraft fourth = result.good().get(3).draft();
        assertThat(fourth.birthDate()).isEqualTo(PartialDate.ofYear(1978));
        assertThat(fourth.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(fourth.nationalities()).isEmpty();
    }

    @Test
    void badRowsAreReportedWithTheLineTheyStartOn() {
        PersonImport.Result result = check(HEADER
                + "Müller;Anna;31.02.1990;f;DE;;;\n"                          // line 2: no such day
                + "Schmidt;Jonas;1991;m;DE;\"Hinterhof\nLange Straße 3\";58095;Hagen\n" // lines 3-4
                + "Weber;Lena;2001;x;XY;;;\n"                                 // line 5: no such country
                + ";Ohne Nachname;01.01.2030;q;DE;;5809;\n");                 // line 6: four problems

        assertThat(result.good()).extracting(PersonImport.Row::line).containsExactly(3);
        assertThat(result.good().getFirst().draft().contact().address().street()).isEqualTo("Hinterhof\nLange Straße 3");
        assertThat(result.bad()).extracting(PersonImport.BadRow::line).containsExactly(2, 5, 6);
        assertThat(codes(result.bad().get(0))).containsExactly("birthDate.dateFormat");
        assertThat(result.bad().get(1).problems()).containsExactly(FieldProblem.of("nationality", "unknownCountry", "XY"));
        assertThat(codes(result.bad().get(2))).as("in the order of the form")
                .containsExactly("familyName.required", "birthDate.inFuture", "sex.sex", "postalCode.postalCode");
        assertThat(result.bad().get(2).problems().get(2).args()).containsExactly("q");
    }

    @Test
    void readsWindows1252WithUmlautsAndCommas() {
        String csv = "Nachname,Vorname,Geburtsdatum,Geschlecht,Staatsangehörigkeit,Straße,PLZ,Ort\r\n"
                + "Müller,Jürgen,1970,m,DE,\"Große Straße 1, Hinterhaus\",58095,Hagen\r\n"
                + "Groß,Bärbel,12.1900,w,AT,,,Lüdenscheid\r\n";

        PersonImport.Result result = check(csv, CsvReader.WINDOWS_1252);

        assertThat(result.bad()).isEmpty();
        assertThat(result.drafts()).extracting(PersonDraft::familyName).containsExactly("Müller", "Groß");
        assertThat(result.drafts().getFirst().contact().address().street()).isEqualTo("Große Straße 1, Hinterhaus");
        assertThat(result.drafts().get(1).contact().address().city()).isEqualTo("Lüdenscheid");
    }

    @Test
    void aRowThatDoesNotFitTheHeaderIsBadAsAWhole() {
        PersonImport.Result result = check(HEADER
                + "Müller;Anna;1990;f;DE;;;\n"
                + "Müller;Anna;1990;f;DE;;;;;\n"    // stray empty cells: fine
                + "Müller;Anna;1990\n"              // line 4: too few
                + "Müller;Anna;1990;f;DE;;;;x\n"    // line 5: something in a ninth column
                + "\"Müller;Anna;1990;f;DE;;;\n");  // line 6: never closed

        assertThat(result.good()).extracting(PersonImport.Row::line).containsExactly(2, 3);
        assertThat(result.bad()).extracting(PersonImport.BadRow::line).containsExactly(4, 5, 6);
        assertThat(result.bad().get(0).problems()).containsExactly(FieldProblem.of(PersonImport.ROW, "columnCount", 3, 8));
        assertThat(result.bad().get(1).problems()).containsExactly(FieldProblem.of(PersonImport.ROW, "columnCount", 9, 8));
        assertThat(codes(result.bad().get(2))).containsExactly("row.unclosedQuote");
    }

    @Test
    void unmappedColumnsAreIgnoredAndUnmappedFieldsStayEmpty() {
        CsvTable table = CsvReader.read("ID;name;Notiz\n17;Nowak;VIP\n".getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ((Validated.Valid<ColumnMapping>) ColumnMapping.of(map(" Name =familyName"),
                table.header())).value();

        PersonImport.Result result = PersonImport.check(table, mapping, draft -> List.of());

        assertThat(result.drafts()).singleElement().satisfies(draft -> {
            assertThat(draft.familyName()).isEqualTo("Nowak");
            assertThat(draft.givenName()).isNull();
            assertThat(draft.birthDate()).isNull();
        });
    }

    @Test
    void aMappingNamesKnownFieldsAndColumnsOfTheHeader() {
        List<String> header = List.of("Nachname", "Vorname", "Geburtsdatum");

        assertThat(ColumnMapping.of(map("nachname=familyName", "Vorname=givenName"), header))
                .isInstanceOfSatisfying(Validated.Valid.class, valid -> assertThat(((ColumnMapping) valid.value())
                        .columns()).containsEntry(ImportField.FAMILY_NAME, 0).containsEntry(ImportField.GIVEN_NAME, 1));
        assertThat(problems(map("Nachname=familyName", "Vorname=firstName"), header))
                .containsExactly(FieldProblem.of("map", "unknownField", "firstName", String.join(", ",
                        ImportField.jsonNames())));
        assertThat(problems(map("Name=familyName"), header))
                .containsExactly(FieldProblem.of("map", "unknownColumn", "Name", "Nachname, Vorname, Geburtsdatum"));
        assertThat(problems(map("Nachname=familyName", "Vorname=familyName"), header))
                .containsExactly(FieldProblem.of("map", "fieldTwice", "familyName"));
        assertThat(problems(map("Vorname=givenName"), header))
                .containsExactly(FieldProblem.of("map", "familyNameMissing"));
        assertThat(ImportField.named("nationalities")).contains(ImportField.NATIONALITY);
    }

    private static List<FieldProblem> problems(Map<String, String> map, List<String> header) {
        return ((Validated.Invalid<ColumnMapping>) ColumnMapping.of(map, header)).problems();
    }

    @Test
    void duplicatesAreNamedByLineAgainstTheRegisterAndWithinTheFile() {
        PersonImport.Result result = check(HEADER
                + "Oezdemir;Ayse;1985;f;TR;;;\n"        // line 2: a stored person
                + "Nowak;Jan;12.05.1978;m;PL;;;\n"      // line 3
                + "Schulz;Petra;1960;f;DE;;;\n"         // line 4: nobody like her
                + "Nowak;Jan;12.05.1978;m;PL;;;\n");    // line 5: line 3 again
        UUID stored = UUID.randomUUID();
        List<Duplicates.Entry> register = List.of(
                new Duplicates.Entry(stored, "Özdemir", "Ayşe", new PartialDate(LocalDate.of(1985, 3, 1),
                        DatePrecision.MONTH), Sex.FEMALE),
                new Duplicates.Entry(UUID.randomUUID(), "Schulz", "Peter", PartialDate.ofYear(1960), Sex.MALE));

        List<PersonImport.Match> matches = result.matches(Duplicates.pairsWith(result.duplicateEntries(), register,
                Duplicates.LIKELY));

        assertThat(matches).hasSize(2);
        assertThat(matches.get(0)).isInstanceOfSatisfying(PersonImport.Match.InRegister.class, match -> {
            assertThat(match.line()).isEqualTo(2);
            assertThat(match.id()).isEqualTo(stored);
            assertThat(match.score()).isBetween(Duplicates.LIKELY, 1.0);
        });
        assertThat(matches.get(1)).isInstanceOfSatisfying(PersonImport.Match.InFile.class, match -> {
            assertThat(match.line()).as("the later row names the earlier").isEqualTo(5);
            assertThat(match.otherLine()).isEqualTo(3);
            assertThat(match.score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    /** A register in memory for whole imports: the register's checks; what it saves waits for the end, as a transaction does. */
    private static final class MemoryTarget implements PersonImport.Target {

        final List<Duplicates.Entry> stored = new ArrayList<>();
        final List<PersonDraft> saved = new ArrayList<>();

        @Override
        public List<FieldProblem> check(PersonDraft draft) {
            return PersonRules.check(PersonRules.clean(draft), TODAY);
        }

        @Override
        public List<DuplicateCandidate> candidatesAmong(List<Duplicates.Entry> incoming, Progress progress) {
            return Duplicates.pairsWith(incoming, stored, Duplicates.LIKELY, progress);
        }

        @Override
        public Validated<List<UUID>> addAll(List<PersonDraft> drafts, Progress progress) {
            List<PersonDraft> pending = new ArrayList<>();
            for (PersonDraft draft : drafts) {
                progress.stopIfCancelled();
                pending.add(draft);
                progress.report(pending.size(), drafts.size());
            }
            progress.stopIfCancelled();
            saved.addAll(pending);
            return new Validated.Valid<>(pending.stream().map(draft -> UUID.randomUUID()).toList());
        }
    }

    private static CsvTable table(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("Müller").append(i).append(";Anna;").append(1950 + i % 60).append(";w;DE;;;\n");
        }
        return CsvReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ColumnMapping mapping(CsvTable table) {
        return ((Validated.Valid<ColumnMapping>) ColumnMapping.of(MAP, table.header())).value();
    }

    private static final PersonImport.Options SAVE = new PersonImport.Options(false, false);

    @Test
    void aWholeImportReportsItsPhasesOnOneScaleAndSavesTheGoodRows() {
        CsvTable table = table(500);
        MemoryTarget target = new MemoryTarget();
        target.stored.add(new Duplicates.Entry(UUID.randomUUID(), "Müller7", "Anna", PartialDate.ofYear(1957),
                Sex.FEMALE));
        RecordingProgress progress = RecordingProgress.recording();

        PersonImport.Outcome outcome = PersonImport.run(table, mapping(table), target, SAVE, progress);

        assertThat(outcome.imported()).isEqualTo(500);
        assertThat(outcome.stopped()).isFalse();
        assertThat(outcome.matches()).anySatisfy(match -> assertThat(match.line()).isEqualTo(9));
        assertThat(target.saved).hasSize(500);
        assertThat(progress.reports()).extracting(RecordingProgress.Report::total).containsOnly(
                progress.reports().getFirst().total());
        assertThat(progress.reports()).extracting(RecordingProgress.Report::done)
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(progress.fractions()).as("checking, comparing and saving each move the bar")
                .anySatisfy(f -> assertThat(f).isStrictlyBetween(0.0, 0.1))
                .anySatisfy(f -> assertThat(f).isStrictlyBetween(0.1, 0.7))
                .anySatisfy(f -> assertThat(f).isStrictlyBetween(0.7, 1.0))
                .last().isEqualTo(1.0);
    }

    @Test
    void anImportCancelledWhileCheckingComparingOrSavingSavesNothing() {
        CsvTable table = table(500);
        RecordingProgress uncancelled = RecordingProgress.recording();
        PersonImport.run(table, mapping(table), new MemoryTarget(), SAVE, uncancelled);
        int reports = uncancelled.reports().size();

        // the last cancel comes after the last row was written, before the commit
        for (int cancelAfter : List.of(1, reports / 3, reports * 2 / 3, reports - 1)) {
            MemoryTarget target = new MemoryTarget();
            RecordingProgress cancelling = RecordingProgress.cancellingAfter(cancelAfter);

            assertThatThrownBy(() -> PersonImport.run(table, mapping(table), target, SAVE, cancelling))
                    .as("cancelled after %d of %d reports", cancelAfter, reports)
                    .isInstanceOf(CancelledException.class);

            assertThat(target.saved).as("cancelled after %d of %d reports", cancelAfter, reports).isEmpty();
            assertThat(cancelling.reports()).hasSize(cancelAfter);
        }
    }

    @Test
    void aDryRunOrABadRowSavesNothingAndStillEndsTheBar() {
        CsvTable table = CsvReader.read((HEADER + "Müller;Anna;1990;w;DE;;;\nSchmidt;Jonas;31.02.1991;m;DE;;;\n")
                .getBytes(StandardCharsets.UTF_8));
        MemoryTarget target = new MemoryTarget();
        RecordingProgress stopped = RecordingProgress.recording();
        RecordingProgress dryRun = RecordingProgress.recording();

        PersonImport.Outcome bad = PersonImport.run(table, mapping(table), target, SAVE, stopped);
        PersonImport.Outcome dry = PersonImport.run(table, mapping(table), target,
                new PersonImport.Options(true, true), dryRun);

        assertThat(bad.stopped()).isTrue();
        assertThat(bad.imported()).isZero();
        assertThat(dry.stopped()).isFalse();
        assertThat(dry.imported()).isZero();
        assertThat(target.saved).isEmpty();
        assertThat(stopped.fractions()).last().isEqualTo(1.0);
        assertThat(dryRun.fractions()).last().isEqualTo(1.0);
    }
}
