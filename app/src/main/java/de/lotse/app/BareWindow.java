package de.lotse.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A bare JavaFX window on the same JVM flags: the yardstick of the start-up benchmark. */
public final class BareWindow extends Application {

    private static volatile Runnable onShown;

    static void launch(Runnable whenShown) {
        onShown = whenShown;
        Application.launch(BareWindow.class);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Lotse")), 1200, 780);
        stage.setScene(scene);
        stage.show();
        FirstFrame.after(scene, onShown);
    }
}
