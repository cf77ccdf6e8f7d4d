package de.lotse.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.ui.ErrorDialog;
import de.lotse.app.ui.Themes;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorDialogTest {

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        Toolkit.startHeadless();
    }

    @Test
    void storeProblemShowsItsWordsAndNoStackTrace() throws Exception {
        Path folder = Path.of("/home/anna/.local/share/lotse");
        var failure = new StoreException(new StoreProblem.InUse(folder), new IllegalStateException("lock"));
        String text = Toolkit.onFx(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            var alert = ErrorDialog.create(null, failure, new Messages(Locale.GERMAN));
            var pane = alert.getDialogPane();
            var image = pane.snapshot(null, null);
            try {
                Path out = Files.createDirectories(Path.of("target/screenshots"));
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve("error-dialog.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return alert.getTitle() + "|" + alert.getHeaderText() + "|" + ((Label) pane.getContent()).getText();
        });
        assertThat(text).isEqualTo("Lotse – Fehler|Das hat nicht geklappt.|Lotse läuft bereits mit dem Datenordner "
                + folder + ". Bitte wechseln Sie zum offenen Lotse-Fenster oder beenden Sie es zuerst.");
    }

    @Test
    void unexpectedFailureSaysSoWithoutDetails() {
        String text = Toolkit.onFx(() -> ((Label) ErrorDialog.create(null,
                new NullPointerException("Müller"), new Messages(Locale.ENGLISH)).getDialogPane().getContent()).getText());
        assertThat(text).startsWith("An unexpected error occurred.").doesNotContain("Müller", "NullPointer");
    }
}
