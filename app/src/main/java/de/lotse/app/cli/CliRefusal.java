package de.lotse.app.cli;

/**
 * A command refused with one sentence for the person at the terminal (exit code 1): not set up,
 * wrong user or password, not permitted. The message is already in the UI's language and holds
 * no personal data; it is not logged.
 */
final class CliRefusal extends RuntimeException {

    CliRefusal(String message) {
        super(message, null, false, false);
    }
}
