package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.persistence.Database;
import de.lotse.persistence.Store;
import de.lotse.persistence.SyncedTables.Reference;
import de.lotse.persistence.SyncedTables.Synced;
import de.lotse.persistence.SyncedTables;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema test: every table the migrations make is declared in {@code SyncedTables}, either
 * synced (referred-to tables first, with a German and an English name for people, and for every
 * reference to a person or household what a merge and a delete do) or local with a reason. It
 * reads the tables and foreign keys of a real, freshly migrated database; each failure is a
 * sentence naming the step that was forgotten.
 */
class SchemaTest {

    @TempDir
    static Path dataDir;

    /** The migrated database's tables, lower case. */
    private static Set<String> tables;
    /** Its foreign keys, one per referring column. */
    private static List<ForeignKey> foreignKeys;

    private record ForeignKey(String table, String column, String target) { }

    @BeforeAll
    static void migrate() {
        Store store = Store.open(Database.open(dataDir, new byte[32]), Clock.systemUTC());
        try {
            tables = new TreeSet<>(store.read(dsl -> dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")
                    .getValues(0, String.class)).stream().map(SchemaTest::lower).toList());
            foreignKeys = store.read(dsl -> dsl.connectionResult(connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                List<ForeignKey> found = new ArrayList<>();
                for (String table : tables) {
                    try (ResultSet keys = meta.getImportedKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
                        while (keys.next()) {
                            found.add(new ForeignKey(table, lower(keys.getString("FKCOLUMN_NAME")),
                                    lower(keys.getString("PKTABLE_NAME"))));
                        }
                    }
                }
                return found;
            }));
        } finally {
            store.database().close();
        }
        assertThat(tables).as("the migrations make the register's tables").contains("person", "change_log");
        assertThat(foreignKeys).as("foreign keys are read").isNotEmpty();
    }

    @Test
    void everyTableIsSyncedOrDeclaredLocal() {
        List<String> steps = new ArrayList<>();
        for (String table : tables) {
            if (synced(table).isEmpty() && !SyncedTables.local().containsKey(table)) {
                steps.add("Table " + table + " is neither synced nor local: add it to SyncedTables (synced, referred-to"
                        + " tables first) or declare it local with a reason.");
            }
        }
        for (String declared : declaredNames()) {
            if (!tables.contains(declared)) {
                steps.add("SyncedTables declares table " + declared + ", which no migration makes: remove it from"
                        + " SyncedTables or add the migration that makes it.");
            }
        }
        assertThat(steps).withFailMessage(() -> String.join("\n", steps)).isEmpty();
    }

    @Test
    void syncedTablesComeAfterTheTablesTheyReferTo() {
        List<String> steps = new ArrayList<>();
        for (ForeignKey key : foreignKeys) {
            Optional<Synced> referring = synced(key.table());
            if (referring.isEmpty() || key.target().equals(key.table())) {
                continue;
            }
            Optional<Synced> referred = synced(key.target());
            if (referred.isEmpty()) {
                steps.add("Synced table " + key.table() + " refers to " + key.target() + ", which does not sync: add "
                        + key.target() + " to SyncedTables before " + key.table() + ".");
            } else if (referred.get().order() > referring.get().order()) {
                steps.add("Synced table " + key.table() + " comes before " + key.target() + ", which it refers to ("
                        + key.table() + "." + key.column() + "): move " + key.target() + " before " + key.table()
                        + " in SyncedTables (referred-to tables first).");
            }
        }
        assertThat(steps).withFailMessage(() -> String.join("\n", steps)).isEmpty();
    }

    @Test
    void everySyncedEntityHasAGermanAndAnEnglishName() {
        List<String> steps = new ArrayList<>();
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Messages messages = new Messages(language);
            for (Synced synced : SyncedTables.all()) {
                String key = "sync.entity." + synced.entity();
                if (!messages.has(key) || messages.get(key).isBlank()) {
                    steps.add("Synced entity " + synced.entity() + " has no " + language.getDisplayLanguage(Locale.ENGLISH)
                            + " name for people: add " + key + " to messages_" + language.getLanguage()
                            + ".properties, in the word the screens use for it.");
                }
            }
        }
        assertThat(steps).withFailMessage(() -> String.join("\n", steps)).isEmpty();
    }

    @Test
    void everyReferenceToAPersonOrHouseholdDeclaresWhatMergeAndDeleteDo() {
        Set<String> people = SyncedTables.people().stream().map(table -> lower(table.getName()))
                .collect(Collectors.toSet());
        List<String> steps = new ArrayList<>();
        for (ForeignKey key : foreignKeys) {
            if (!people.contains(key.target()) || synced(key.table()).isEmpty()) {
                continue; // a table that does not sync is reported above
            }
            Optional<Reference> reference = synced(key.table()).orElseThrow().references().stream()
                    .filter(r -> lower(r.column().getName()).equals(key.column())).findFirst();
            String column = key.table() + "." + key.column();
            if (reference.isEmpty()) {
                steps.add("Column " + column + " refers to " + key.target() + ", but the generated code does not:"
                        + " build again so that jOOQ's code follows the migrations.");
                continue;
            }
            boolean person = key.target().equals("person");
            if (reference.get().onDelete().isEmpty() || person && reference.get().onMerge().isEmpty()) {
                String table = key.table().toUpperCase(Locale.ROOT);
                steps.add("Column " + column + " refers to a " + key.target() + ", but SyncedTables does not say what "
                        + (person ? "a person merge and a delete" : "a delete") + " (later erasure) of the "
                        + key.target() + (person ? " do" : " does") + " with its records: declare ." + key.target() + "(" + table + "."
                        + key.column().toUpperCase(Locale.ROOT) + ", "
                        + (person ? "OnMerge.MOVE | DROP | rejoin(group), " : "")
                        + "OnDelete.DELETE_WITH | REFUSE) on table(" + table + ").");
            }
        }
        assertThat(steps).withFailMessage(() -> String.join("\n", steps)).isEmpty();
    }

    private static Optional<Synced> synced(String table) {
        return SyncedTables.of(table);
    }

    private static Set<String> declaredNames() {
        Set<String> names = new TreeSet<>(SyncedTables.local().keySet());
        SyncedTables.all().forEach(synced -> names.add(synced.entity()));
        return names;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
