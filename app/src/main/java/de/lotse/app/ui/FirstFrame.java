package de.lotse.app.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Calls back once the next pulse has laid out and handed a scene's current state to rendering. */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void after(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
