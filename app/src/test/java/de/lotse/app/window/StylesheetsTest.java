package de.lotse.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JavaFX only logs a broken stylesheet and drops the rest of it; a brace lost in a merge once
 * left a whole screen unstyled. Every rule must close before the next one opens.
 */
class StylesheetsTest {

    @Test
    void everyRuleOfEveryStylesheetIsClosed() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(path -> path.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            int line = 1;
            for (char c : css.toCharArray()) {
                if (c == '\n') {
                    line++;
                } else if (c == '{') {
                    depth++;
                    assertThat(depth).as("%s: a rule opens inside another at line %d", sheet, line).isEqualTo(1);
                } else if (c == '}') {
                    depth--;
                    assertThat(depth).as("%s: a brace closes nothing at line %d", sheet, line).isZero();
                }
            }
            assertThat(depth).as("%s: the last rule is not closed", sheet).isZero();
        }
    }
}
