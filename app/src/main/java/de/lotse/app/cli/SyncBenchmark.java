package de.lotse.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lotse bench sync}: see {@link de.lotse.persistence.sync.SyncBenchmark}. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Export, import, snapshot bootstrap and no-op sync through a temp folder, with the floor.")
public final class SyncBenchmark implements Callable<Integer> {

    @Option(names = "--export", defaultValue = "10000",
            description = "Changed records to export (default: ${DEFAULT-VALUE}).")
    int exportChanges;

    @Option(names = "--import", defaultValue = "100000",
            description = "Changes to import into a fresh device (default: ${DEFAULT-VALUE}).")
    int importChanges;

    @Option(names = "--persons", defaultValue = "100000",
            description = "Persons for import and bootstrap (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--devices", defaultValue = "20", description = "Devices with history (default: ${DEFAULT-VALUE}).")
    int devices;

    @Option(names = "--batches", defaultValue = "1000",
            description = "Batch files per device for the no-op sync (default: ${DEFAULT-VALUE}).")
    int batches;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new de.lotse.persistence.sync.SyncBenchmark(exportChanges, importChanges, persons, devices, batches)
                .run(spec.commandLine().getOut());
        return 0;
    }
}
