package de.lotse.app.shell;

import de.lotse.app.AppContext;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** State of the main window: which area is shown, and the facts of the status bar. */
public final class MainViewModel {

    private final AppContext context;
    private final ReadOnlyObjectWrapper<Area> area = new ReadOnlyObjectWrapper<>(Area.START);

    public MainViewModel(AppContext context) {
        this.context = context;
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
        return context.dataDir().toString();
    }

    public String deviceCode() {
        return context.device().code();
    }

    public String schemaVersion() {
        return context.schemaVersion();
    }
}
