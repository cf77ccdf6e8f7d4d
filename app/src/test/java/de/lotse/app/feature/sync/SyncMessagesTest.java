package de.lotse.app.feature.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of sync exists in both languages: literal keys, one per refusal, skip reason and kind. */
class SyncMessagesTest {

    @Test
    void everySyncKeyHasATextInBothLanguages() throws IOException {
        Pattern literal = Pattern.compile("\"(sync\\.[A-Za-z.]+[A-Za-z])\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/de/lotse/app/feature/sync"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (SyncRefusedException.Reason reason : SyncRefusedException.Reason.values()) {
            used.add("sync.refused." + reason.name());
        }
        for (SkipReason reason : SkipReason.values()) {
            used.add("sync.skip." + reason.name());
        }
        for (String kind : List.of(Conflict.DELETED_IN_USE, Conflict.DUPLICATE_PERSON, Conflict.CASE_NUMBER)) {
            used.add("sync.kind." + kind);
        }
        for (String entity : List.of("person", "household", "household_member", "case_file", "integration_step",
                "appointment")) {
            used.add("sync.entity." + entity);
        }
        assertThat(used).hasSizeGreaterThan(80);
        for (Locale language : Settings.LANGUAGES) {
            Messages messages = new Messages(language);
            assertThat(used).allSatisfy(key -> assertThat(messages.has(key)).as(language + " " + key).isTrue());
        }
    }
}
