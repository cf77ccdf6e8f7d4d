package de.lotse.app;

import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Two real devices for tests of what a sync brings: the office's PC and a shelter laptop, each
 * with its own database in a folder of its own, syncing through a real shared folder.
 */
public final class TwoDevices implements AutoCloseable {

    private static final char[] PASSPHRASE = "Rathaus-Hagen-2026".toCharArray();

    private final AppContext office;
    private final AppContext laptop;

    private TwoDevices(AppContext office, AppContext laptop) {
        this.office = office;
        this.laptop = laptop;
    }

    /** The PC sets up the office's realm on a share in {@code folder}; the laptop joins it. */
    public static TwoDevices open(Path folder) throws IOException, SyncRefusedException {
        Path share = Files.createDirectories(folder.resolve("share"));
        AppContext office = TestLogin.open(folder.resolve("office"), Clock.systemDefaultZone());
        office.sync().createRealm(share, PASSPHRASE.clone(), "PC Empfang");
        office.sync().sync(Progress.NONE);
        AppContext laptop = TestLogin.joined(folder.resolve("laptop"), share, PASSPHRASE.clone(), "Laptop Unterkunft");
        return new TwoDevices(office, laptop);
    }

    /** Both devices sync until each has seen everything the other had. */
    public void sync() throws SyncRefusedException {
        office.sync().sync(Progress.NONE);
        laptop.sync().sync(Progress.NONE);
        office.sync().sync(Progress.NONE);
    }

    public AppContext office() {
        return office;
    }

    public AppContext laptop() {
        return laptop;
    }

    @Override
    public void close() {
        try {
            office.close();
        } finally {
            laptop.close();
        }
    }
}
