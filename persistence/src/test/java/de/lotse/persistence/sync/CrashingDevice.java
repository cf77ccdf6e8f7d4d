package de.lotse.persistence.sync;

import de.lotse.core.sync.share.FolderShare;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link CrashTest}: opens the device in the given data folder, syncs it (or,
 * given a share as third argument, joins the realm there), and halts the JVM (no shutdown hooks,
 * no closing, as a power cut) at the first sync or share-write step of the given name. Exits with 0
 * when the step never came.
 */
public final class CrashingDevice {

    /** The exit code of a process halted at its step. */
    static final int HALTED = 3;

    private CrashingDevice() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String step = args[1];
        SyncHook syncHook = at -> halt(step, at);
        FolderShare.WriteHook writeHook = at -> halt(step, at);
        SyncDevice device = new SyncDevice(dataDir, Clock.systemUTC(), root -> new FolderShare(root, writeHook), syncHook);
        if (args.length > 2) {
            device.sync.join(Path.of(args[2]), SyncDevice.PASSPHRASE.clone(), "Neu");
        } else {
            device.sync();
        }
        device.close();
        System.exit(0);
    }

    private static void halt(String step, String at) {
        if (step.equals(at)) {
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
