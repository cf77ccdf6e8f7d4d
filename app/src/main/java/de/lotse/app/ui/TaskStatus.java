package de.lotse.app.ui;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The long task that runs, as the status bar shows it: its title, a progress bar (without a
 * measure until the work first reports) and Abbrechen; a window that says already what it waits
 * for shows the bar and Abbrechen only. It appears once a task has run for {@link #DELAY}, so
 * work that is quickly done shows nothing and nothing flickers.
 */
public final class TaskStatus {

    /** How long a task runs before the status bar shows it. */
    public static final Duration DELAY = Duration.millis(500);

    /** The style class of the status bar's task, in {@code lotse.css}. */
    public static final String STYLE = "lotse-status-task";

    private final I18n i18n;
    private final boolean titled;
    private final HBox root;
    private Label title;
    private ProgressBar bar;
    private Button cancel;
    private final PauseTransition wait = new PauseTransition(DELAY);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);

    /** The status bar's: the task {@code current} names (a runner's {@link TaskRunner#currentTaskProperty()}) with its title. */
    public static TaskStatus withTitle(ReadOnlyObjectProperty<BackgroundTask<?>> current, I18n i18n) {
        return new TaskStatus(current, i18n, true);
    }

    /** A window's: the bar and Abbrechen of the task {@code current} names, beside the window's own words. */
    public static TaskStatus withoutTitle(ReadOnlyObjectProperty<BackgroundTask<?>> current, I18n i18n) {
        return new TaskStatus(current, i18n, false);
    }

    private TaskStatus(ReadOnlyObjectProperty<BackgroundTask<?>> current, I18n i18n, boolean titled) {
        this.i18n = i18n;
        this.titled = titled;
        root = new HBox(10) {
            // beside text aligned on its baseline (a window's head), the button's text is what lines up
            @Override
            public double getBaselineOffset() {
                return cancel == null ? super.getBaselineOffset()
                        : cancel.getLayoutY() + cancel.getBaselineOffset();
            }
        };
        root.setId("status-task");
        root.getStyleClass().add(STYLE);
        root.setAlignment(Pos.CENTER_LEFT);
        show(false);
        current.subscribe(this::follow);
    }

    /**
     * Makes the title, bar and button when a task first runs: a start that runs none pays nothing
     * for their skins (the first frame waits for every node's styling).
     */
    private void makeControls() {
        title = new Label();
        title.setVisible(titled);
        title.setManaged(titled);
        title.setId("status-task-title");
        bar = new ProgressBar(FxProgress.UNKNOWN);
        bar.setId("status-task-progress");
        bar.setPrefWidth(160);
        bar.getStyleClass().add(Styles.SMALL);
        cancel = new Button();
        cancel.setId("status-task-cancel");
        cancel.textProperty().bind(i18n.text("status.task.cancel"));
        // flat in the accent colour: a link-like button that keeps the status bar's height
        cancel.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        root.getChildren().setAll(title, bar, cancel);
    }

    public Node root() {
        return root;
    }

    /** Whether a task is shown: the status bar's small busy sign need not spin beside it. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private void follow(BackgroundTask<?> task) {
        wait.stop();
        show(false);
        if (task == null) {
            return;
        }
        if (cancel == null) {
            makeControls();
        }
        title.textProperty().bind(i18n.text(m -> task.cancelRequestedProperty().get()
                ? m.get("status.task.cancelling") : m.get(task.titleKey()), task.cancelRequestedProperty()));
        bar.progressProperty().bind(task.progressProperty());
        cancel.disableProperty().bind(task.cancelRequestedProperty());
        cancel.setOnAction(event -> task.cancel());
        wait.setOnFinished(event -> show(true));
        wait.playFromStart();
    }

    private void show(boolean visible) {
        root.setVisible(visible);
        // hidden, it takes no room: the rest of the status bar stays where it was
        root.setManaged(visible);
        shown.set(visible);
    }
}
