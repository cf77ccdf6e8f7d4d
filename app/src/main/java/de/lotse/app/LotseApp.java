package de.lotse.app;

import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.ui.ErrorDialog;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.app.ui.Themes;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window. It shows at once and opens the database in the background; the main view follows
 * when the store is ready, or one dialog says why it is not.
 */
public final class LotseApp extends Application {

    /** How the process was started; set by {@link Main} before the toolkit starts. */
    record Launch(Path dataDir, Settings settings, boolean demoOnFirstStart, Runnable onFiguresShown) { }

    private static volatile Launch launch;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private AppContext context;

    static void launch(Launch how) {
        launch = how;
        Application.launch(LotseApp.class);
    }

    @Override
    public void start(Stage stage) {
        Launch how = launch;
        Messages messages = new Messages(how.settings().language());
        Themes.apply(how.settings().theme());
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        Label starting = new Label(messages.get("app.starting"));
        VBox splash = new VBox(16, new ProgressIndicator(), starting);
        splash.setAlignment(javafx.geometry.Pos.CENTER);
        Scene splashScene = new Scene(splash, 1200, 780);
        Themes.style(splashScene);
        stage.setScene(splashScene);
        stage.show();

        tasks.run(() -> {
            AppContext opened = AppContext.open(how.dataDir(), Clock.systemDefaultZone());
            if (how.demoOnFirstStart()) {
                opened.loadDemoIfEmpty();
            }
            return opened;
        }, opened -> {
            context = opened;
            Ui ui = new Ui(opened, how.settings(), new SettingsFile(how.dataDir()), tasks);
            stage.setScene(ui.createScene(stage.getScene().getWidth(), stage.getScene().getHeight()));
            if (how.onFiguresShown() != null) {
                ui.start().figuresProperty().addListener((obs, old, figures) ->
                        FirstFrame.after(stage.getScene(), how.onFiguresShown()));
            }
        }, failure -> {
            ErrorDialog.create(stage, failure, messages).showAndWait();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        tasks.close();
        if (context != null) {
            context.close();
        }
    }
}
