package de.lotse.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> fields(CsvTable table) {
        return table.records().stream().map(CsvRecord::fields).toList();
    }

    private static List<Integer> lines(CsvTable table) {
        return table.records().stream().map(CsvRecord::line).toList();
    }

    @Test
    void readsUtf8WithoutByteOrderMark() {
        CsvTable table = CsvReader.read("Nachname;Vorname\nMüller;Jürgen\nÖzdemir;Ayşe\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.header()).containsExactly("Nachname", "Vorname");
        assertThat(fields(table)).containsExactly(List.of("Nachname", "Vorname"), List.of("Müller", "Jürgen"),
                List.of("Özdemir", "Ayşe"));
        assertThat(table.rows()).extracting(CsvRecord::line).containsExactly(2, 3);
    }

    @Test
    void dropsTheByteOrderMarkOfUtf8() {
        byte[] text = "Nachname;Vorname\r\nMüller;Jürgen\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        CsvTable table = CsvReader.read(bytes);

        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.header().getFirst()).as("no BOM in the first column's name").isEqualTo("Nachname");
        assertThat(fields(table)).containsExactly(List.of("Nachname", "Vorname"), List.of("Müller", "Jürgen"));
    }

    @Test
    void readsWindows1252WhenTheBytesAreNoUtf8() {
        byte[] bytes = "Nachname;Straße;Betrag\r\nMüller;Große Straße 5;€ 12\r\n".getBytes(CsvReader.WINDOWS_1252);

        CsvTable table = CsvReader.read(bytes);

        assertThat(table.charset()).isEqualTo(CsvReader.WINDOWS_1252);
        assertThat(table.header()).containsExactly("Nachname", "Straße", "Betrag");
        assertThat(table.rows().getFirst().fields()).containsExactly("Müller", "Große Straße 5", "€ 12");
    }

    @Test
    void takesTheDelimiterTheHeaderUsesMore() {
        assertThat(CsvReader.read("a,b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8)).delimiter()).isEqualTo(',');
        assertThat(CsvReader.read("a;b;c\n1,2;3\n".getBytes(StandardCharsets.UTF_8)).delimiter()).isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("\"Name, Vorname\";Ort\n")).as("quoted commas do not count").isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("\n\n\"a;b\",c\n")).as("blank lines before the header").isEqualTo(',');
        assertThat(CsvReader.detectDelimiter("Name\nA,B\n")).as("one column: the German default").isEqualTo(';');

        CsvTable table = CsvReader.read("Nachname,Vorname\n\"Müller, geb. Schmidt\",Anna\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows().getFirst().fields()).containsExactly("Müller, geb. Schmidt", "Anna");
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
        String csv = "Name;Notiz;Ort\n"
                + "\"Müller; Hans\";\"Er sagte \"\"Hallo\"\"\";Hagen\n"
                + "Schmidt;\"erste Zeile\r\nzweite Zeile\ndritte\";\"\"\n"
                + "Weber;\"\";Iserlohn\n";

        CsvTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(fields(table)).containsExactly(
                List.of("Name", "Notiz", "Ort"),
                List.of("Müller; Hans", "Er sagte \"Hallo\"", "Hagen"),
                List.of("Schmidt", "erste Zeile\r\nzweite Zeile\ndritte", ""),
                List.of("Weber", "", "Iserlohn"));
        assertThat(lines(table)).as("a record starts where its first line is").containsExactly(1, 2, 3, 6);
    }

    @Test
    void everyLineBreakCountsAndBlankLinesAreSkipped() {
        String csv = "a;b\r\n\r\n1;2\r3;4\n;;\n  \n5;6";

        CsvTable table = CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(fields(table)).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"),
                List.of("5", "6"));
        assertThat(lines(table)).containsExactly(1, 3, 4, 7);
    }

    @Test
    void aQuoteOpensOnlyAtTheStartOfAField() {
        List<CsvRecord> records = CsvReader.parse("5\" Zoll;\"a\"b;x\"y\"\n", ';');

        assertThat(records).singleElement().extracting(CsvRecord::fields)
                .isEqualTo(List.of("5\" Zoll", "ab", "x\"y\""));
    }

    @Test
    void aQuoteNeverClosedTakesTheRestOfTheFile() {
        CsvTable table = CsvReader.read("a;b\n1;2\n\"3;4\n5;6\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows()).hasSize(2);
        CsvRecord broken = table.rows().get(1);
        assertThat(broken.line()).isEqualTo(3);
        assertThat(broken.unclosedQuote()).isTrue();
        assertThat(broken.fields()).containsExactly("3;4\n5;6\n");
        assertThat(table.rows().getFirst().unclosedQuote()).isFalse();
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(CsvReader.read(new byte[0]).isEmpty()).isTrue();
        assertThat(CsvReader.read("\r\n;;\n".getBytes(StandardCharsets.UTF_8)).isEmpty()).isTrue();
        assertThat(CsvReader.read("a;b".getBytes(StandardCharsets.UTF_8)).rows()).isEmpty();
    }

    /** Records written the way spreadsheets do come back field for field, each starting on its line. */
    @Property
    void whatIsWrittenIsReadBack(@ForAll("tables") List<List<String>> records, @ForAll("delimiters") char delimiter,
            @ForAll("lineBreaks") String lineBreak, @ForAll boolean quoteAll) {
        StringBuilder csv = new StringBuilder();
        List<Integer> expectedLines = new ArrayList<>();
        int line = 1;
        for (List<String> record : records) {
            expectedLines.add(line);
            List<String> written = new ArrayList<>();
            for (String field : record) {
                written.add(quoteAll || needsQuotes(field, delimiter) ? quote(field) : field);
                line += lineBreaks(field);
            }
            csv.append(String.join(String.valueOf(delimiter), written)).append(lineBreak);
            line++;
        }

        List<CsvRecord> read = CsvReader.parse(csv.toString(), delimiter);

        assertThat(read).extracting(CsvRecord::fields).isEqualTo(records);
        assertThat(read).extracting(CsvRecord::line).isEqualTo(expectedLines);
        assertThat(read).noneMatch(CsvRecord::unclosedQuote);
    }

    private static boolean needsQuotes(String field, char delimiter) {
        return field.indexOf(delimiter) >= 0 || field.contains("\"") || field.contains("\n") || field.contains("\r");
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static int lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("aZ ;,\"\r\näöüß€ş").ofMaxLength(12);
        return field.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(';', ',');
    }

    @Provide
    Arbitrary<String> lineBreaks() {
        return Arbitraries.of("\n", "\r\n");
    }
}
