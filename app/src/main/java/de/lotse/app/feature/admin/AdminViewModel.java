package de.lotse.app.feature.admin;

import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.ui.TaskRunner;
import de.lotse.core.store.Installation;
import de.lotse.core.store.StoreStatistics;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Administration: the settings of this installation (remembered in the data folder) and the
 * facts of device and database.
 */
public final class AdminViewModel {

    private final Installation installation;
    private final StoreStatistics statistics;
    private final SettingsFile settingsFile;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<Locale> language;
    private final ObjectProperty<Settings.Theme> theme;
    private final ReadOnlyObjectWrapper<Map<String, Long>> tableCounts = new ReadOnlyObjectWrapper<>(Map.of());
    private final IdleLock idleLock;
    private final ObjectProperty<Integer> idleMinutes = new SimpleObjectProperty<>();
    /** True while the idle time read from the store is put into the property: no save for that. */
    private boolean reading;

    public AdminViewModel(Installation installation, StoreStatistics statistics, SettingsFile settingsFile,
            Settings initial, IdleLock idleLock, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.idleLock = idleLock;
        idleMinutes.addListener((obs, old, now) -> {
            if (!reading && now != null && !now.equals(old)) {
                tasks.run(() -> idleLock.set().test(now), saved -> { }, onFailure);
            }
        });
        this.installation = installation;
        this.statistics = statistics;
        this.settingsFile = settingsFile;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.language = new SimpleObjectProperty<>(initial.language());
        this.theme = new SimpleObjectProperty<>(initial.theme());
        language.addListener((obs, old, now) -> save());
        theme.addListener((obs, old, now) -> save());
    }

    private void save() {
        Locale chosenLanguage = language.get();
        Settings.Theme chosenTheme = theme.get();
        tasks.run(() -> settingsFile.update(settings -> settings.withLanguage(chosenLanguage).withTheme(chosenTheme)),
                saved -> { }, onFailure);
    }

    /** The chosen language; a change is saved and shown at once. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    public void refresh() {
        tasks.run(statistics::tableCounts, tableCounts::set, onFailure);
        tasks.run(() -> idleLock.minutes().getAsInt(), minutes -> {
            reading = true;
            try {
                idleMinutes.set(minutes);
            } finally {
                reading = false;
            }
        }, onFailure);
    }

    /** The office's idle time in minutes before the window locks itself; a change is saved (and synced). */
    public ObjectProperty<Integer> idleMinutesProperty() {
        return idleMinutes;
    }

    /** Whether the user may change the idle time (who manages the installation). */
    public boolean mayChangeIdleMinutes() {
        return idleLock.mayChange();
    }

    public ReadOnlyObjectProperty<Map<String, Long>> tableCountsProperty() {
        return tableCounts.getReadOnlyProperty();
    }

    public String deviceCode() {
        return installation.device().code();
    }

    public String deviceId() {
        return installation.device().id().toString();
    }

    public String dataDir() {
        return installation.dataDir().toString();
    }

    public String schemaVersion() {
        return installation.schemaVersion();
    }
}
