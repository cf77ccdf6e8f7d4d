package de.lotse.app.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells features that records changed elsewhere in the window (a case opened from the person
 * form, an appointment planned from the Start view), so that what they show follows without the
 * features knowing each other. Records are named by their core type. FX thread only.
 */
public final class Changes {

    private final Map<Class<?>, List<Consumer<UUID>>> listeners = new LinkedHashMap<>();

    /** A record of {@code type} was stored or removed; {@code id} is null when several were. */
    public void changed(Class<?> type, UUID id) {
        List.copyOf(listeners.getOrDefault(type, List.of())).forEach(listener -> listener.accept(id));
    }

    /** {@code listener} hears the id of every changed record of {@code type}. */
    public void on(Class<?> type, Consumer<UUID> listener) {
        listeners.computeIfAbsent(type, t -> new ArrayList<>()).add(listener);
    }
}
