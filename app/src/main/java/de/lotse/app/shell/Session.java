package de.lotse.app.shell;

import de.lotse.app.settings.SettingsFile;
import de.lotse.app.ui.TaskRunner;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Who works at this installation right now. Until logins exist, the caseworker is chosen from
 * the office's list and remembered in the settings; {@code null} means the whole office.
 */
public final class Session {

    private final ObjectProperty<UUID> caseworker;
    private final String userName;

    /** Without a user logged in (tests of single screens). */
    public Session(UUID initialCaseworker, SettingsFile settingsFile, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this(null, initialCaseworker, settingsFile, tasks, onFailure);
    }

    /** {@code userName}: the name of the user logged in, shown as author, or null. */
    public Session(String userName, UUID initialCaseworker, SettingsFile settingsFile, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.userName = userName;
        this.caseworker = new SimpleObjectProperty<>(initialCaseworker);
        caseworker.addListener((obs, old, chosen) -> tasks.run(
                () -> settingsFile.update(settings -> settings.withCaseworker(chosen)), saved -> { }, onFailure));
    }

    /** The name of the user logged in, or null. */
    public String userName() {
        return userName;
    }

    /** The chosen caseworker's id; a change is remembered. */
    public ObjectProperty<UUID> caseworkerProperty() {
        return caseworker;
    }
}
