package de.lotse.app.cli;

import java.util.Optional;

/**
 * What the start-up benchmark times, each started by a hidden option of the launcher; each prints
 * {@link #FIRST_FRAME_MARKER} when done and ends.
 */
public enum Probe {
    /** No probe: the window stays until it is closed. */
    NONE(null),
    /**
     * Lotse's window through its login screen, until the first frame with the Start view's
     * figures: prints {@link #LOGIN_SCREEN_MARKER} at the login screen's first frame, types the
     * probe's user and password there, prints {@link #PASSWORD_SUBMITTED_MARKER} as it sends them
     * and {@link #PASSWORD_ACCEPTED_MARKER} once they opened the store.
     */
    STARTUP("--startup-probe"),
    /** A bare JavaFX window, until its first frame: the yardstick. */
    BARE_WINDOW("--bare-window-probe"),
    /** No window: the store opened and the Start view's figures counted, Lotse's least work before its frame. */
    STORE("--store-probe"),
    /**
     * Lotse's window with the store's work done first: prints {@link #STORE_READY_MARKER} once the
     * store is open and the figures counted, before the toolkit starts, so that the time between
     * the two markers is the window's own part, with nothing to wait for.
     */
    WINDOW("--window-probe");

    /** Printed on stdout when the first frame with content is shown. */
    public static final String FIRST_FRAME_MARKER = "LOTSE-FIRST-FRAME";
    /** Printed on stdout by the window probe when the store is open and the figures counted. */
    public static final String STORE_READY_MARKER = "LOTSE-STORE-READY";
    /** Printed on stdout by the start-up probe at the login screen's first frame. */
    public static final String LOGIN_SCREEN_MARKER = "LOTSE-LOGIN-SCREEN";
    /** Printed on stdout by the start-up probe as it sends the typed password. */
    public static final String PASSWORD_SUBMITTED_MARKER = "LOTSE-PASSWORD-SUBMITTED";
    /** Printed on stdout by the start-up probe once the password opened the store. */
    public static final String PASSWORD_ACCEPTED_MARKER = "LOTSE-PASSWORD-ACCEPTED";

    private final String option;

    Probe(String option) {
        this.option = option;
    }

    /** The launcher's option that starts this probe. */
    public String option() {
        return option;
    }

    /** The probe {@code arg} names, if any. */
    public static Optional<Probe> named(String arg) {
        for (Probe probe : values()) {
            if (probe.option != null && probe.option.equals(arg)) {
                return Optional.of(probe);
            }
        }
        return Optional.empty();
    }

    /** Tells the benchmark that what it times is done. */
    public static void done() {
        print(FIRST_FRAME_MARKER);
    }

    /** Tells the benchmark that the window probe's store is ready. */
    public static void storeReady() {
        print(STORE_READY_MARKER);
    }

    /** Tells the benchmark that the login screen is shown. */
    public static void loginScreenShown() {
        print(LOGIN_SCREEN_MARKER);
    }

    /** Tells the benchmark that the probe sent the password. */
    public static void passwordSubmitted() {
        print(PASSWORD_SUBMITTED_MARKER);
    }

    /** Tells the benchmark that the password opened the store. */
    public static void passwordAccepted() {
        print(PASSWORD_ACCEPTED_MARKER);
    }

    @SuppressWarnings("java:S106") // the benchmark reads the markers from the child's stdout
    private static void print(String marker) {
        System.out.println(marker);
        System.out.flush();
    }
}
