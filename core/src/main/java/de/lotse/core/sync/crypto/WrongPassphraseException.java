package de.lotse.core.sync.crypto;

/**
 * The passphrase a person entered does not open this realm: its keys do not reproduce the realm's
 * key check. A person's mistake to be shown in words, so it is checked, and it carries nothing of
 * the passphrase.
 */
public final class WrongPassphraseException extends Exception {

    public WrongPassphraseException() {
        super("the passphrase does not match this realm");
    }
}
