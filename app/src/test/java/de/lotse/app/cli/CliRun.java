package de.lotse.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the command line in this process, on a data folder: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** Runs {@code lotse --data-dir dataDir args…}. */
    static CliRun lotse(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = LotseCommand.DATA_DIR;
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = LotseCommand.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new CliRun(code, out.toString(), err.toString());
    }
}
