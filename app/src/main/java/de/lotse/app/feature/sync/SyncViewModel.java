package de.lotse.app.feature.sync;

import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.FxProgress;
import de.lotse.app.ui.TaskRunner;
import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import de.lotse.core.task.Progress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Abgleich: setting up or joining the office's realm, the state of sync, "Jetzt abgleichen" and the
 * last report. Every port call runs through the task runner; what the scheduler reports from its
 * thread reaches the properties through {@code fxThread}.
 */
public final class SyncViewModel {

    /** The fields of the set-up form, for problems shown beside them. */
    public enum Field { SHARE, DEVICE_NAME, PASSPHRASE, REPEAT }

    /** A passphrase protects health and residence data on the share: not shorter than this. */
    public static final int MIN_PASSPHRASE = 10;

    private final SyncScheduler scheduler;
    private final SyncPort port;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final Consumer<Throwable> onFailure;
    private final Supplier<String> hostName;
    private final Clock clock;
    private final List<Runnable> afterSync = new ArrayList<>();

    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper joined = new ReadOnlyBooleanWrapper(false);
    private final StringProperty share = new SimpleStringProperty("");
    private final StringProperty deviceName = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseRepeat = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Map<Field, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<SyncRefusedException.Reason> setUpRefusal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper settingUp = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final FxProgress progress = new FxProgress();
    // a large import reports often: FxProgress updates the bar once per FX round
    private final Progress progressFeed;
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SyncRefusedException.Reason> syncRefusal = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SyncReport.Skipped> skipped = FXCollections.observableArrayList();
    private final ObservableList<SyncReport.Skipped> skippedView = FXCollections.unmodifiableObservableList(skipped);
    // held here: a binding only weak listeners know of would be collected and stop updating
    private final BooleanBinding needsAttention = Bindings.createBooleanBinding(
            () -> SyncTexts.needsAttention(status.get()), status);

    /**
     * @param fxThread runs on the FX thread ({@code Platform::runLater}); tests pass {@code Runnable::run}
     * @param hostName this computer's name, read in the background, to suggest as device name
     */
    public SyncViewModel(SyncScheduler scheduler, TaskRunner tasks, Executor fxThread, Consumer<Throwable> onFailure,
            Supplier<String> hostName, Clock clock) {
        this.scheduler = scheduler;
        this.port = scheduler.port();
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.onFailure = onFailure;
        this.hostName = hostName;
        this.clock = clock;
        this.progressFeed = progress.feed(fxThread);
        status.addListener((obs, old, now) -> joined.set(now != null && now.joined()));
        scheduler.addListener(new SyncScheduler.Listener() {
            @Override
            public void started(SyncScheduler.Trigger trigger) {
                fxThread.execute(() -> {
                    syncing.set(true);
                    progress.reset();
                    syncRefusal.set(null);
                });
            }

            @Override
            public void progress(long done, long total) {
                progressFeed.report(done, total);
            }

            @Override
            public void finished(SyncScheduler.Trigger trigger, SyncScheduler.Outcome outcome) {
                fxThread.execute(() -> ended(trigger, outcome));
            }
        });
    }

    private void ended(SyncScheduler.Trigger trigger, SyncScheduler.Outcome outcome) {
        syncing.set(false);
        progress.reset();
        switch (outcome) {
            case SyncScheduler.Outcome.Synced synced -> {
                lastReport.set(synced.report());
                skipped.setAll(synced.report().skipped());
                syncRefusal.set(null);
            }
            case SyncScheduler.Outcome.Refused refused -> {
                // an unreachable share on an automatic round is normal on a laptop: say nothing
                if (trigger == SyncScheduler.Trigger.MANUAL
                        || refused.reason() != SyncRefusedException.Reason.SHARE_UNREACHABLE) {
                    syncRefusal.set(refused.reason());
                }
            }
            case SyncScheduler.Outcome.Failed failed -> {
                if (trigger == SyncScheduler.Trigger.MANUAL) {
                    onFailure.accept(failed.failure());
                }
            }
        }
        refreshStatus();
        afterSync.forEach(Runnable::run);
    }

    /** {@code action} runs on the FX thread after each sync, e.g. to read the conflicts anew. */
    public void afterEachSync(Runnable action) {
        afterSync.add(action);
    }

    /** Reads the state, and the host name to suggest as device name. */
    public void load() {
        tasks.run(() -> new Loaded(port.status(), hostName.get()), loaded -> {
            status.set(loaded.status());
            if (deviceName.get().isBlank()) {
                String suggested = loaded.hostName() == null || loaded.hostName().isBlank()
                        ? loaded.status().deviceName() : loaded.hostName();
                deviceName.set(suggested == null ? "" : suggested);
            }
        }, onFailure);
    }

    private record Loaded(SyncStatus status, String hostName) { }

    /** Reads the state again (cheap: the local database only). */
    public void refreshStatus() {
        tasks.run(port::status, status::set, onFailure);
    }

    /** "Abgleich einrichten": makes a new realm in the share; the passphrase twice, long enough. */
    public void createRealm() {
        setUp(true);
    }

    /** "Beitreten": joins the realm found in the share with its passphrase. */
    public void join() {
        setUp(false);
    }

    private void setUp(boolean create) {
        setUpRefusal.set(null);
        Map<Field, String> found = new EnumMap<>(Field.class);
        Path folder = null;
        if (share.get() == null || share.get().isBlank()) {
            found.put(Field.SHARE, "sync.problem.shareRequired");
        } else {
            try {
                folder = Path.of(share.get().strip());
            } catch (InvalidPathException e) {
                found.put(Field.SHARE, "sync.problem.shareInvalid");
            }
        }
        String name = deviceName.get() == null ? "" : deviceName.get().strip();
        if (name.isEmpty()) {
            found.put(Field.DEVICE_NAME, "sync.problem.required");
        }
        String secret = passphrase.get() == null ? "" : passphrase.get();
        if (secret.isEmpty()) {
            found.put(Field.PASSPHRASE, "sync.problem.required");
        } else if (create && secret.length() < MIN_PASSPHRASE) {
            found.put(Field.PASSPHRASE, "sync.problem.passphraseShort");
        }
        if (create && !found.containsKey(Field.PASSPHRASE) && !secret.equals(passphraseRepeat.get())) {
            found.put(Field.REPEAT, "sync.problem.passphraseMismatch");
        }
        problems.set(Map.copyOf(found));
        if (!found.isEmpty() || settingUp.get()) {
            return;
        }
        char[] chars = secret.toCharArray();
        passphrase.set("");
        passphraseRepeat.set("");
        Path target = folder;
        settingUp.set(true);
        tasks.run(() -> {
            try {
                if (create) {
                    port.createRealm(target, chars, name);
                } else {
                    port.join(target, chars, name);
                }
                return Optional.<SyncRefusedException.Reason>empty();
            } catch (SyncRefusedException e) {
                return Optional.of(e.reason());
            } finally {
                Arrays.fill(chars, '\0');
            }
        }, refusal -> {
            settingUp.set(false);
            setUpRefusal.set(refusal.orElse(null));
            if (refusal.isEmpty()) {
                refreshStatus();
                // a first sync at once: a joining device gets the office's data
                scheduler.syncNow();
            }
        }, failure -> {
            settingUp.set(false);
            onFailure.accept(failure);
        });
    }

    /** "Jetzt abgleichen"; false when a sync runs already. */
    public boolean syncNow() {
        syncRefusal.set(null);
        return scheduler.syncNow();
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty joinedProperty() {
        return joined.getReadOnlyProperty();
    }

    public StringProperty shareProperty() {
        return share;
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    /** Bound to the password field; emptied once the passphrase was handed on. */
    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseRepeatProperty() {
        return passphraseRepeat;
    }

    /** Problems of the set-up form by field, as bundle keys. */
    public ReadOnlyObjectProperty<Map<Field, String>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Why setting up or joining was refused, or null. */
    public ReadOnlyObjectProperty<SyncRefusedException.Reason> setUpRefusalProperty() {
        return setUpRefusal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty settingUpProperty() {
        return settingUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    /** 0 to 1 while changes are applied; -1 when the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** Why the last sync was refused, or null. */
    public ReadOnlyObjectProperty<SyncRefusedException.Reason> syncRefusalProperty() {
        return syncRefusal.getReadOnlyProperty();
    }

    /** The files the last sync skipped. */
    public ObservableList<SyncReport.Skipped> skipped() {
        return skippedView;
    }

    /** Whether the status line should catch the eye. */
    public BooleanBinding needsAttention() {
        return needsAttention;
    }

    public Clock clock() {
        return clock;
    }
}
