package de.lotse.app.shell;

import de.lotse.core.store.Installation;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** State of the main window: which area is shown, and the facts of the status bar. */
public final class MainViewModel {

    private final Installation installation;
    private final ReadOnlyObjectWrapper<Area> area = new ReadOnlyObjectWrapper<>(Area.START);

    public MainViewModel(Installation installation) {
        this.installation = installation;
    }

    public List<Area> areas() {
        return List.of(Area.values());
    }

    public ReadOnlyObjectProperty<Area> areaProperty() {
        return area.getReadOnlyProperty();
    }

    public void show(Area next) {
        area.set(next);
    }

    public String dataDir() {
        return installation.dataDir().toString();
    }

    public String deviceCode() {
        return installation.device().code();
    }

    public String schemaVersion() {
        return installation.schemaVersion();
    }
}
