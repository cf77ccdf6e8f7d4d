package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.OFFICE_SETTING;

import de.lotse.persistence.jooq.tables.records.OfficeSettingRecord;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The office's settings that every device shares (the idle time before the lock, for one), one
 * row per name. A row's id follows from its name, so two devices that set one name offline write
 * the same record and meet as an ordinary conflict of its value, never as two rows.
 */
public final class JooqOfficeSettings {

    /** One setting. */
    public record Setting(UUID id, String name, String value) {

        public Setting {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final Store store;

    public JooqOfficeSettings(Store store) {
        this.store = store;
    }

    /** The value of {@code name}, if it was set. */
    public Optional<String> get(String name) {
        return find(name).map(Setting::value);
    }

    /** Sets {@code name} to {@code value} (synced like every change). */
    public void set(String name, String value) {
        Setting changed = new Setting(idOf(name), name, value);
        Optional<Setting> current = find(name);
        store.writeAll(writer -> {
            if (current.isPresent()) {
                writer.save(current.get(), changed, JooqOfficeSettings::record);
            } else {
                writer.insert(record(changed));
            }
        });
    }

    private Optional<Setting> find(String name) {
        return store.read(dsl -> dsl.selectFrom(OFFICE_SETTING).where(OFFICE_SETTING.ID.eq(idOf(name)))
                .fetchOptional(r -> new Setting(r.getId(), r.getName(), r.getSettingValue())));
    }

    static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(("office_setting:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static OfficeSettingRecord record(Setting setting) {
        return new OfficeSettingRecord(setting.id(), setting.name(), setting.value());
    }
}
