package de.lotse.app.shell;

import de.lotse.core.store.Installation;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** State of the main window: its areas, which one is shown, and the facts of the status bar. */
public final class MainViewModel {

    private final Installation installation;
    private final List<Area> areas;
    private final ReadOnlyObjectWrapper<Area> area;

    /** The first of {@code areas} is shown first. */
    public MainViewModel(Installation installation, List<Area> areas) {
        this.installation = installation;
        this.areas = List.copyOf(areas);
        this.area = new ReadOnlyObjectWrapper<>(areas.getFirst());
    }

    /** The areas in the order of the navigation. */
    public List<Area> areas() {
        return areas;
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
