package de.lotse.app.feature.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.io.IOException;
import java.io.InputStreamReader;
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

/** Every text Verwaltung's lists and forms ask for exists in German and English, enum labels included. */
class DirectoryMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyOfTheDirectoryAndEveryEnumLabelExistsInBothLanguages() throws IOException {
        Pattern literal = Pattern.compile("\"((?:directory|admin|field|validation|organisationKind|stepCategory|"
                + "stepPriority|stepStatus)\\.[A-Za-z.]+)\"");
        Set<String> used = new HashSet<>();
        for (String folder : List.of("src/main/java/de/lotse/app/feature/directory",
                "src/main/java/de/lotse/app/feature/admin")) {
            try (Stream<Path> sources = Files.walk(Path.of(folder))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher matcher = literal.matcher(Files.readString(source));
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        for (OrganisationKind kind : OrganisationKind.values()) {
            used.add("organisationKind." + kind.name());
        }
        for (StepCategory category : StepCategory.values()) {
            used.add("stepCategory." + category.name());
        }
        for (StepPriority priority : StepPriority.values()) {
            used.add("stepPriority." + priority.name());
        }
        for (StepStatus status : StepStatus.values()) {
            used.add("stepStatus." + status.name());
        }
        // the codes CaseService and the template form report for organisations, contacts, caseworkers, templates
        for (String code : List.of("required", "tooLong", "email", "phone", "postalCode", "range", "wholeNumber",
                "duplicateName", "noSteps")) {
            used.add("validation." + code);
        }
        assertThat(bundle("de").stringPropertyNames()).containsAll(used);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void theOfficesOwnWordsForPrioritiesAndAreas() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(Stream.of(StepPriority.values()).map(p -> german.get("stepPriority." + p.name())))
                .containsExactly("sofort", "unabdingbar", "kann warten");
        assertThat(Stream.of(StepCategory.values()).map(c -> german.get("stepCategory." + c.name())))
                .containsExactly("Sprache", "Arbeit", "Bildung", "Wohnen", "Gesundheit", "Aufenthalt", "Soziales");
        assertThat(Stream.of(StepStatus.values()).map(s -> german.get("stepStatus." + s.name())))
                .containsExactly("offen", "in Arbeit", "erledigt", "entfallen");
        assertThat(german.get("directory.step.days", 1)).isEqualTo("einem Tag");
        assertThat(german.get("directory.step.days", 14)).isEqualTo("14 Tagen");
        assertThat(german.get("directory.organisations.count", 12)).isEqualTo("12 Organisationen");
        assertThat(german.get("validation.range", 0, 3650)).isEqualTo("erlaubt sind 0 bis 3.650");
    }
}
