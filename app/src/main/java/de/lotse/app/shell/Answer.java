package de.lotse.app.shell;

/** What an area does with a {@link Command}: an action, or nothing, with the reason said. */
public sealed interface Answer {

    /** The area answers the command with {@code action}. */
    record Does(Runnable action) implements Answer { }

    /** The area has nothing to do for the command, for the reason given (read by people, not shown). */
    record Ignores(String reason) implements Answer { }

    /** Carries the answer out: runs the action, or does nothing for a command ignored. */
    default void act() {
        if (this instanceof Does does) {
            does.action().run();
        }
    }

    static Answer does(Runnable action) {
        return new Does(action);
    }

    static Answer ignores(String reason) {
        return new Ignores(reason);
    }

    /**
     * How a feature without records of its own answers Ctrl+N, Ctrl+F and Ctrl+Shift+N: as the
     * register does, with a new person, the register's search, an appointment with nobody chosen.
     */
    static Answer asTheRegister(Command command, Navigator navigator) {
        return switch (command) {
            case NEW_RECORD -> does(navigator::newPerson);
            case FOCUS_SEARCH -> does(navigator::searchPersons);
            case NEW_APPOINTMENT -> does(() -> navigator.newAppointment(null, null));
            case SAVE, DISCARD, RELOAD -> throw new IllegalArgumentException(command + " is every feature's own");
        };
    }
}
