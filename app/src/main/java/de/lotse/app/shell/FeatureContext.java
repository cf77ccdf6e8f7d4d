package de.lotse.app.shell;

import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What every feature is built with besides its services: texts, background work, the way to
 * other areas, news of changed records, who works here, where failures go, the window that owns
 * dialogs, and the clock.
 */
public record FeatureContext(I18n i18n, TaskRunner tasks, Navigator navigator, Changes changes, Session session,
        Consumer<Throwable> onFailure, Supplier<Window> owner, Clock clock) { }
