package de.lotse.app.feature.sync;

import atlantafx.base.theme.Styles;
import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.Feature;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Formless;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.FirstFrame;
import de.lotse.app.ui.I18n;
import de.lotse.core.person.MergeRecord;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Sync through the office's share: Verwaltung → Abgleich (set up, join, state, the last report)
 * and → Konflikte (competing values, chosen by a person), the line about sync in the status bar,
 * and "Jetzt abgleichen" from anywhere.
 */
public final class SyncFeature {

    /** "Jetzt abgleichen" from anywhere (Ctrl+Shift+N is a new appointment, Ctrl+S saves). */
    public static final KeyCombination SYNC_NOW = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** How often the status bar reads the state of sync (it reads the local database only). */
    static final Duration STATUS_EVERY = Duration.seconds(30);

    private final FeatureContext context;
    private final SyncViewModel sync;
    private final ConflictsViewModel conflicts;
    private final Feature syncPage;
    private final Feature conflictsPage;

    /** {@code scheduler} runs every sync of this window; {@code hostName} suggests the device's name. */
    public SyncFeature(SyncScheduler scheduler, Supplier<String> hostName, FeatureContext context) {
        this.context = context;
        Clock clock = context.clock();
        sync = new SyncViewModel(scheduler, context.tasks(), Platform::runLater, context.onFailure(), hostName, clock);
        conflicts = new ConflictsViewModel(scheduler.port(), context.tasks(), context.onFailure());
        sync.afterEachSync(conflicts::load);
        conflicts.afterResolve(sync::refreshStatus);
        // a merge of two persons may settle a conflict about a person registered twice
        context.changes().on(MergeRecord.class, survivor -> conflicts.load());
        syncPage = new Page("sync", "sync.tab", context,
                () -> new SyncView(sync, context.i18n(), context.navigator()::showConflicts).root(), sync::load);
        conflictsPage = new Page("conflicts", "sync.conflicts.tab", context,
                () -> new ConflictsView(conflicts, context.i18n(), clock.getZone(),
                        conflict -> context.navigator().comparePersons()).root(), () -> {
                            conflicts.load();
                            sync.refreshStatus();
                        });
    }

    /** Verwaltung → Abgleich. */
    public Feature syncPage() {
        return syncPage;
    }

    /** Verwaltung → Konflikte. */
    public Feature conflictsPage() {
        return conflictsPage;
    }

    /** Ctrl+Shift+S: a sync when this device has joined a realm, else the set-up form. */
    public void syncNow() {
        var status = sync.statusProperty().get();
        if (status != null && status.joined()) {
            sync.syncNow();
        } else {
            context.navigator().showSync();
        }
    }

    /**
     * The status bar's line about sync: read after the first frame of {@code scene} (sync is made
     * on first use), after each sync, and every 30 s while the window shows; a click opens Abgleich.
     */
    public Node statusLine(Scene scene) {
        I18n i18n = context.i18n();
        Clock clock = context.clock();
        Label indicator = new Label();
        indicator.setId("status-sync");
        indicator.textProperty().bind(i18n.text(m -> SyncTexts.statusLine(m, sync.statusProperty().get(),
                sync.syncingProperty().get(), clock.instant(), clock.getZone()), sync.statusProperty(),
                sync.syncingProperty()));
        sync.needsAttention().subscribe(attention -> {
            indicator.getStyleClass().remove(Styles.WARNING);
            if (attention) {
                indicator.getStyleClass().add(Styles.WARNING);
            }
        });
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(m -> m.get("sync.status.tooltip", SYNC_NOW.getDisplayText())));
        indicator.setTooltip(tooltip);
        indicator.setCursor(Cursor.HAND);
        indicator.setOnMouseClicked(event -> context.navigator().showSync());

        Timeline statusTicks = new Timeline(new KeyFrame(STATUS_EVERY, event -> sync.refreshStatus()));
        statusTicks.setCycleCount(Timeline.INDEFINITE);
        scene.windowProperty().flatMap(Window::showingProperty).orElse(false).subscribe(showing -> {
            if (showing) {
                statusTicks.play();
            } else {
                statusTicks.stop();
            }
        });
        FirstFrame.after(scene, sync::load);
        return indicator;
    }

    public SyncViewModel sync() {
        return sync;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    /** A page of sync: no form; read anew on every visit (the state of sync changes by itself). */
    private static final class Page extends FeatureBase<Node> implements Formless {

        private final FeatureContext context;
        private final Supplier<Node> newRoot;
        private final Runnable read;

        Page(String id, String titleKey, FeatureContext context, Supplier<Node> newRoot, Runnable read) {
            super(id, titleKey);
            this.context = context;
            this.newRoot = newRoot;
            this.read = read;
        }

        @Override
        protected Node makeView() {
            return newRoot.get();
        }

        @Override
        protected Node rootOf(Node view) {
            return view;
        }

        @Override
        public void shown() {
            read.run();
        }

        @Override
        public Answer answer(Command command) {
            return switch (command) {
                case NEW_RECORD, FOCUS_SEARCH, NEW_APPOINTMENT -> Answer.asTheRegister(command, context.navigator());
                case SAVE, DISCARD -> Answer.ignores("sync has no form to save; its set-up acts on its buttons");
                case RELOAD -> Answer.does(read);
            };
        }
    }
}
