package de.lotse.app.shell;

/** What an area does with a {@link Command}: an action, or nothing, with the reason said. */
public sealed interface Answer {

    /** The area answers the command with {@code action}. */
    record Does(Runnable action) implements Answer { }

    /** The area has nothing to do for the command, for the reason given (read by people, not shown). */
    record Ignores(String reason) implements Answer { }

    static Answer does(Runnable action) {
        return new Does(action);
    }

    static Answer ignores(String reason) {
        return new Ignores(reason);
    }
}
