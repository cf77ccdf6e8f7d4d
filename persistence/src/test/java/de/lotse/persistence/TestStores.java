package de.lotse.persistence;

import de.lotse.core.demo.DemoGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** Opens real stores in test folders. */
final class TestStores {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    /** The file key of every test database: tests open their files encrypted, as Lotse does. */
    static final byte[] FILE_KEY = new byte[32];

    static {
        for (int i = 0; i < FILE_KEY.length; i++) {
            FILE_KEY[i] = (byte) (i * 7 + 3);
        }
    }

    private TestStores() {
    }

    static Store open(Path dataDir) {
        return Store.open(Database.open(dataDir, FILE_KEY), Clock.systemUTC());
    }

    static void addDemo(Store store, int persons, long seed) {
        var data = new DemoGenerator(seed, TODAY).generate(persons);
        new JooqPersonRegister(store, Clock.systemUTC()).addAll(data.persons(), data.households());
    }
}
