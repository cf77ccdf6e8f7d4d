package de.lotse.core.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files that spreadsheets export: UTF-8 with or without byte order mark or, when the
 * bytes are no valid UTF-8, Windows-1252 (what German Excel writes); fields separated by {@code ;}
 * or {@code ,}, whichever the header line uses more; fields in double quotes may hold the
 * delimiter, line breaks and quotes written twice ({@code ""}).
 */
public final class CsvReader {

    /** What Excel on a German Windows writes as "CSV (Trennzeichen-getrennt)". */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final char QUOTE = '"';

    private CsvReader() {
    }

    /** The table in {@code bytes}, charset and delimiter detected; blank records are left out. */
    public static CsvTable read(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            // decoding as Windows-1252 never fails: its five unassigned bytes become U+FFFD
            charset = WINDOWS_1252;
            text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
        char delimiter = detectDelimiter(text);
        return new CsvTable(charset, delimiter, parse(text, delimiter).stream()
                .filter(record -> record.unclosedQuote() || !record.isBlank()).toList());
    }

    /**
     * {@code ,} when the first line with content (its quoted parts not counted) holds more commas
     * than semicolons, else {@code ;} (German spreadsheets' own choice).
     */
    public static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
                content = true;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    if (content) {
                        break;
                    }
                } else if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (!Character.isWhitespace(c)) {
                    content = true;
                }
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * Every record of {@code text}, blank ones included. A line break is {@code \r\n}, {@code \n} or
     * {@code \r}; inside quotes it stays as written. A quote opens a quoted part only at the start
     * of a field; text after a closing quote is kept as Excel does ({@code "a"b} reads {@code ab}).
     */
    public static List<CsvRecord> parse(String text, char delimiter) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int breakLength = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2
                    : c == '\r' || c == '\n' ? 1 : 0;
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i += 2;
                    continue;
                }
                if (c == QUOTE) {
                    quoted = false;
                } else if (breakLength > 0) {
                    field.append(text, i, i + breakLength);
                    line++;
                    i += breakLength;
                    continue;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (breakLength > 0) {
                fields.add(field.toString());
                records.add(new CsvRecord(recordLine, fields, false));
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStart = true;
                line++;
                recordLine = line;
                i += breakLength;
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == QUOTE && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        if (quoted || !fields.isEmpty() || !field.isEmpty() || !fieldStart) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, fields, quoted));
        }
        return records;
    }
}
