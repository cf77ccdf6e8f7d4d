package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.feature.cases.CasesViewModel;
import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.Sex;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.persistence.SyncedTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The texts and the code agree, as JabRef's {@code LocalizationConsistencyTest} keeps them: every
 * key the code uses is in the German and the English bundle, and every key of a bundle is used.
 * A key is used when it stands in the code as a literal, or when the code builds it from a prefix
 * ({@code "sync.refused." + reason.name()}): each such prefix is a family below, with the
 * suffixes it can take; a prefix this test does not know fails, naming itself.
 */
class LocalizationConsistencyTest {

    private static final Path APP = Path.of("src/main/java");
    private static final Path CORE = Path.of("../core/src/main/java");
    /** A string literal that looks like a key: dotted, starting with a lower-case word. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)*\\.?)\"");
    /** A problem as the rules make it: {@code FieldProblem.of(field, "code", …)}, the code maybe chosen by a condition. */
    private static final Pattern PROBLEM = Pattern.compile("FieldProblem\\.of\\(\\s*([^,]+?)\\s*,([^;]+)");
    /** A field a day is read for, its problem named by the field: {@code Days.parse("validFrom", …)}. */
    private static final Pattern DAY_FIELD = Pattern.compile("(?:Days\\.parse|day)\\(\\s*\"(\\w+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([\\w.]+)\"");
    /** {@code Checks.invalid("field", "code", …)} and {@code invalid("field", "code", …)}. */
    private static final Pattern INVALID = Pattern.compile("invalid\\(\\s*\"(\\w+)\"\\s*,\\s*\"(\\w+)\"");

    private static Properties german;
    private static Properties english;
    private static Set<String> prefixes;
    private static String appCode;
    private static String coreCode;

    @BeforeAll
    static void read() throws IOException {
        german = bundle("de");
        english = bundle("en");
        prefixes = new TreeSet<>();
        german.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        appCode = sources(APP);
        coreCode = sources(CORE);
    }

    /**
     * The keys the code builds from a prefix, by prefix: the suffixes each can take. A value
     * people see by name is labelled {@code <type>.<NAME>} ({@code sex.FEMALE}).
     */
    private static Map<String, Collection<String>> families() {
        Map<String, Collection<String>> families = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> labelled : List.of(Sex.class, ResidenceKind.class, CaseStatus.class,
                StepStatus.class, StepCategory.class, StepPriority.class, BenefitKind.class, ReferralStatus.class,
                TargetGroup.class, OrganisationKind.class)) {
            String type = labelled.getSimpleName();
            families.put(Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".", names(labelled));
        }
        families.put("role.", names(HouseholdRole.class));
        families.put("accountRole.", names(de.lotse.core.account.Role.class));
        families.put("language.", Settings.LANGUAGES.stream().map(Locale::getLanguage).toList());
        families.put("admin.theme.", names(Settings.Theme.class));
        families.put("cases.statusFilter.", names(CasesViewModel.StatusFilter.class));
        // the moves the case file offers: every status some status may move to
        families.put("cases.status.to.", Arrays.stream(CaseStatus.values()).flatMap(status -> status.next().stream())
                .map(Enum::name).distinct().toList());
        families.put("start.attention.", Stream.of("overdue", "today", "week", "permits", "inactive", "withoutCase")
                .flatMap(kind -> Stream.of(kind, kind + ".none")).toList());
        families.put("sync.entity.", SyncedTables.all().stream().map(SyncedTables.Synced::entity).toList());
        families.put("sync.field.", SyncedTables.all().stream().flatMap(synced -> Arrays.stream(
                synced.table().fields()).map(field -> synced.entity() + "." + field.getName().toLowerCase(Locale.ROOT)))
                .toList());
        families.put("sync.kind.", List.of(Conflict.DELETED_IN_USE, Conflict.DUPLICATE_PERSON, Conflict.CASE_NUMBER));
        families.put("sync.refused.", names(SyncRefusedException.Reason.class));
        families.put("sync.skip.", names(SkipReason.class));
        // the column mapping's problems are the import's own family; every other problem a validation
        String mapping = read(CORE.resolve("de/lotse/core/importing/ColumnMapping.java"));
        families.put("validation.", problemCodes(appCode + coreCode.replace(mapping, "")));
        families.put("field.", problemFields(appCode + coreCode));
        families.put("cli.import.map.", problemCodes(mapping));
        // a service's refusals: the kinds of Refusal, and the rules of accounts by their codes
        Set<String> refusals = new TreeSet<>(List.of("notPermitted", "confidential", "notLoggedIn"));
        Matcher rules = Pattern.compile("AccountsRule\\(\"([\\w.]+)\"\\)").matcher(coreCode);
        while (rules.find()) {
            refusals.add(rules.group(1));
        }
        families.put("refusal.", refusals);
        return families;
    }

    /**
     * Families whose keys the code shows only when they exist (falling back to a raw name): a key
     * of theirs must name a real suffix, but not every suffix needs a key.
     */
    private static final Set<String> OPTIONAL = Set.of("sync.field.", "sync.kind.", "field.");

    @Test
    void germanAndEnglishHaveTheSameKeysAndNoEmptyText() {
        assertThat(english.stringPropertyNames()).as("keys in German but not in English")
                .containsAll(german.stringPropertyNames());
        assertThat(german.stringPropertyNames()).as("keys in English but not in German")
                .containsAll(english.stringPropertyNames());
        assertThat(german.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void everyKeyTheCodeUsesIsInBothBundles() {
        Set<String> used = new TreeSet<>(literalKeys());
        families().forEach((prefix, suffixes) -> {
            if (!OPTIONAL.contains(prefix)) {
                suffixes.forEach(suffix -> used.add(prefix + suffix));
            }
        });
        assertThat(used).hasSizeGreaterThan(500);
        assertThat(missing(used, german)).as("keys the code uses that messages_de.properties lacks").isEmpty();
        assertThat(missing(used, english)).as("keys the code uses that messages_en.properties lacks").isEmpty();
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() {
        Set<String> used = new TreeSet<>(literalKeys());
        Map<String, Collection<String>> families = families();
        Set<String> unused = new TreeSet<>();
        for (String key : german.stringPropertyNames()) {
            boolean fromFamily = families.entrySet().stream().anyMatch(family -> key.startsWith(family.getKey())
                    && family.getValue().contains(key.substring(family.getKey().length())));
            if (!used.contains(key) && !fromFamily) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses: remove them from both bundles").isEmpty();
    }

    @Test
    void everyPrefixTheCodeBuildsKeysFromIsAKnownFamily() {
        Set<String> built = new TreeSet<>();
        Matcher matcher = KEY_LITERAL.matcher(appCode);
        while (matcher.find()) {
            String literal = matcher.group(1);
            if (literal.endsWith(".") && isKeyLike(literal)) {
                built.add(literal);
            }
        }
        assertThat(built).as("prefixes the code builds keys from that this test does not know: add each to "
                + "families() with the suffixes it can take").isSubsetOf(families().keySet());
    }

    /** Every literal in the app's code that is a key: it starts with a prefix of the bundles. */
    private static Set<String> literalKeys() {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = KEY_LITERAL.matcher(appCode);
        while (matcher.find()) {
            String literal = matcher.group(1);
            if (!literal.endsWith(".") && isKeyLike(literal)) {
                keys.add(literal);
            }
        }
        return keys;
    }

    private static boolean isKeyLike(String literal) {
        return literal.contains(".") && prefixes.contains(literal.substring(0, literal.indexOf('.') + 1));
    }

    private static Set<String> problemCodes(String code) {
        Set<String> codes = new TreeSet<>();
        Matcher problems = PROBLEM.matcher(code);
        while (problems.find()) {
            // the code and the arguments after it: the code's literals are the first of them
            Matcher literals = LITERAL.matcher(problems.group(2).split(",\\s*[^\"\\s]")[0]);
            while (literals.find()) {
                codes.add(literals.group(1));
            }
        }
        Matcher invalid = INVALID.matcher(code);
        while (invalid.find()) {
            codes.add(invalid.group(2));
        }
        return codes;
    }

    /** The fields problems are reported for, where the rules name them by a literal. */
    private static Set<String> problemFields(String code) {
        Set<String> fields = new TreeSet<>();
        Matcher problems = PROBLEM.matcher(code);
        while (problems.find()) {
            String field = problems.group(1);
            if (field.startsWith("\"") && field.endsWith("\"")) {
                fields.add(field.substring(1, field.length() - 1));
            }
        }
        Matcher days = DAY_FIELD.matcher(code);
        while (days.find()) {
            fields.add(days.group(1));
        }
        return fields;
    }

    private static Set<String> missing(Set<String> used, Properties bundle) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java")).map(LocalizationConsistencyTest::read)
                    .reduce("", String::concat);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
