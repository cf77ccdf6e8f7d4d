package de.lotse.app.probe;

import de.lotse.app.ui.FirstFrame;
import de.lotse.app.window.Toolkit;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A bare JavaFX window on the same JVM flags and the same toolkit start: the yardstick of the start-up benchmark. */
public final class BareWindow {

    private BareWindow() {
    }

    /** Shows a window with one label, runs {@code whenShown} after its first frame, closes it and returns. */
    public static void show(Runnable whenShown) {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Toolkit.start(true, () -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Lotse")), 1200, 780);
            stage.setScene(scene);
            stage.setOnHidden(event -> closed.complete(null));
            stage.show();
            FirstFrame.after(scene, () -> {
                whenShown.run();
                stage.close();
            });
        });
        closed.join();
    }
}
