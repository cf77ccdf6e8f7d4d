package de.lotse.persistence;

import de.lotse.core.demo.DemoGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** Opens real stores in test folders. */
final class TestStores {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private TestStores() {
    }

    static Store open(Path dataDir) {
        return Store.open(Database.open(dataDir), Clock.systemUTC());
    }

    static void addDemo(Store store, int persons, long seed) {
        var data = new DemoGenerator(seed, TODAY).generate(persons);
        new JooqPersonRegister(store, Clock.systemUTC()).addAll(data.persons(), data.households());
    }
}
