package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.app.i18n.ProblemMessages;
import de.lotse.app.settings.Settings;
import de.lotse.core.person.Sex;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties german = bundle("de");
        Properties english = bundle("en");
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(german.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    /** Every literal key the code asks for exists (keys built from enums are checked below). */
    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Pattern literal = Pattern.compile("\"((?:app|nav|status|start|persons|admin|error|problem|cli|language|sex|field|"
                + "validation|editor|role|records)"
                + "\\.[A-Za-z.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (Sex sex : Sex.values()) {
            used.add("sex." + sex.name());
        }
        for (Settings.Theme theme : Settings.Theme.values()) {
            used.add("admin.theme." + theme.name());
        }
        for (Locale language : Settings.LANGUAGES) {
            used.add("language." + language.getLanguage());
        }
        for (var role : de.lotse.core.person.HouseholdRole.values()) {
            used.add("role." + role.name());
        }
        // fields and codes of the checks, as PersonRules and the form report them
        for (var kind : de.lotse.core.person.ResidenceKind.values()) {
            used.add("residenceKind." + kind.name());
        }
        for (var status : de.lotse.core.cases.CaseStatus.values()) {
            used.add("caseStatus." + status.name());
        }
        for (String field : List.of("familyName", "givenName", "birthDate", "sex", "nationality", "email", "phone",
                "postalCode", "nameOriginal", "otherNames", "languages", "arrivalInGermany", "arrivalInTown",
                "fileNumberAbh", "fileNumberBamf", "notes", "validFrom", "validUntil", "residenceKind", "person",
                "residenceNote")) {
            used.add("field." + field);
        }
        for (String code : List.of("required", "tooLong", "inFuture", "tooEarly", "unknownCountry", "email", "phone",
                "postalCode", "dateFormat", "gone", "sex", "columnCount", "unclosedQuote", "unknownLanguage",
                "interpreterLanguage", "beforeArrivalInGermany", "beforeStart", "dayFormat", "hasCases")) {
            used.add("validation." + code);
        }
        for (String code : List.of("unknownField", "unknownColumn", "fieldTwice", "familyNameMissing")) {
            used.add("cli.import.map." + code);
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("de").stringPropertyNames()).containsAll(used);
    }

    static Stream<StoreProblem> problems() {
        Path path = Path.of("/daten/lotse");
        return Stream.of(new StoreProblem.ReadOnly(path), new StoreProblem.InUse(path), new StoreProblem.Corrupt(path),
                new StoreProblem.NewerSchema(path, "9", "1"), new StoreProblem.DiskFull(path),
                new StoreProblem.MigrationFailed(path, path), new StoreProblem.NotABackup(path),
                new StoreProblem.Unexpected(path, "X"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void everyStoreProblemHasClearWordsNamingTheFolder(StoreProblem problem) {
        for (Locale language : Settings.LANGUAGES) {
            String text = ProblemMessages.describe(problem, new Messages(language));
            assertThat(text).doesNotContain("!").contains("/daten/lotse").endsWith(".");
        }
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(german.number(1234567)).isEqualTo("1.234.567");
        assertThat(german.date(java.time.LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
        assertThat(german.country("SY")).isEqualTo("Syrien");
        assertThat(new Messages(Locale.ENGLISH).number(1234567)).isEqualTo("1,234,567");
        assertThat(new Messages(Locale.ENGLISH).country("SY")).isEqualTo("Syria");
    }
}
