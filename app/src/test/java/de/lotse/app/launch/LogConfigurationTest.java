package de.lotse.app.launch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfigurationTest {

    @TempDir
    Path logs;

    @Test
    void theLogGoesToTheFolderLogFolderNamesAndLibrariesOnlyWarn() throws Exception {
        String before = System.getProperty(LogFolder.PROPERTY);
        System.setProperty(LogFolder.PROPERTY, logs.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.start();
        try {
            new LogConfiguration().configure(context);
            context.getLogger("de.lotse.Some").info("started");
            context.getLogger("org.jooq.Some").info("a tip");
            context.getLogger("org.flywaydb.Some").warn("a warning");
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(LogFolder.PROPERTY);
            } else {
                System.setProperty(LogFolder.PROPERTY, before);
            }
        }

        String log = Files.readString(logs.resolve("lotse.log"), StandardCharsets.UTF_8);
        assertThat(log).matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[.*\\] de\\.lotse\\.Some - started\n.*")
                .contains("WARN  ").contains("a warning").doesNotContain("a tip");
    }
}
