package de.lotse.core.account;

/**
 * Why a service refused to show or do something. It carries no personal data; the screen or the
 * command line turns it into a sentence ({@code refusal.<code>}).
 */
public sealed interface Refusal {

    /** The message key's last part. */
    String code();

    /** None of the user's roles holds the permission. */
    record NotPermitted(Permission permission) implements Refusal {

        @Override
        public String code() {
            return "notPermitted";
        }
    }

    /** A confidential entry of a case the user is not responsible for. */
    record Confidential() implements Refusal {

        @Override
        public String code() {
            return "confidential";
        }
    }

    /** Nobody is logged in (before the login, or after a lock). */
    record NotLoggedIn() implements Refusal {

        @Override
        public String code() {
            return "notLoggedIn";
        }
    }

    /**
     * A rule of accounts that no field of a form breaks: e.g. a first administrator when there is
     * one already ({@code account.administratorExists}), or a disabled account
     * ({@code account.disabled}).
     */
    record AccountsRule(String code) implements Refusal { }
}
