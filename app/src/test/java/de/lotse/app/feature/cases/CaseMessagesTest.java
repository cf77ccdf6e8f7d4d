package de.lotse.app.feature.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
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

/** Every text the case screens ask for exists in German and English. */
class CaseMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyOfTheCaseScreensExists() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("\"((?:cases|validation|editor)\\.[A-Za-z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/de/lotse/app/feature/cases"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (List<? extends Enum<?>> values : List.of(List.of(CaseStatus.values()), List.of(TargetGroup.values()),
                List.of(StepPriority.values()), List.of(StepCategory.values()), List.of(StepStatus.values()),
                List.of(BenefitKind.values()), List.of(ReferralStatus.values()))) {
            for (Enum<?> value : values) {
                String type = value.getDeclaringClass().getSimpleName();
                used.add(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
            }
        }
        for (CaseStatus status : CaseStatus.values()) {
            status.next().stream().filter(next -> !(status == CaseStatus.CLOSED && next == CaseStatus.ACTIVE))
                    .forEach(next -> used.add("cases.status.to." + next.name()));
        }
        for (CasesViewModel.StatusFilter filter : CasesViewModel.StatusFilter.values()) {
            used.add("cases.statusFilter." + filter.name());
        }
        // the fields and codes CaseService and the forms report
        for (String code : List.of("required", "tooLong", "dayFormat", "amountFormat", "amount", "beforeStart",
                "statusMove", "unchanged")) {
            used.add("validation." + code);
        }
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(bundle("de").stringPropertyNames()).containsAll(used);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void textsWithArgumentsFormat() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(german.get("cases.new.forHousehold", 4)).isEqualTo("den ganzen Haushalt (4 Personen)");
        assertThat(german.get("cases.new.forHousehold", 1)).isEqualTo("den ganzen Haushalt (1 Person)");
        assertThat(german.get("cases.tab.plan", 7)).isEqualTo("Plan (7)");
        assertThat(german.get("cases.countFiltered", "20", "25")).isEqualTo("20 von 25 Fällen");
        assertThat(new Messages(Locale.ENGLISH).get("cases.journal.correctedBy", "a", "b", "c"))
                .isEqualTo("Correction of a (b): c");
    }
}
