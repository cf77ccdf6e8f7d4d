package de.lotse.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import de.lotse.app.settings.Settings;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes: AtlantaFX's Primer themes plus Lotse's own stylesheet. */
public final class Themes {

    private static final String LOTSE_CSS = Themes.class.getResource("/de/lotse/app/lotse.css").toExternalForm();

    private Themes() {
    }

    public static void apply(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(LOTSE_CSS)) {
            scene.getStylesheets().add(LOTSE_CSS);
        }
    }
}
