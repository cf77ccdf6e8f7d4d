package de.lotse.persistence;

import java.util.HexFormat;

/**
 * How the database file is encrypted: H2's {@code CIPHER=AES} under the installation's random
 * 256-bit file key, handed to H2 as 64 hex characters. H2 stretches a file password with only ten
 * PBKDF2 rounds, so a person's password never gets here: the file key comes from the key file,
 * unsealed with the password. {@link #toString()} never shows the key.
 */
final class Cipher {

    /** No encryption: only the benchmark that measures what encryption costs opens a file so. */
    static final Cipher NONE = new Cipher(null);

    private static final int KEY_BYTES = 32;

    private final char[] filePassword;

    private Cipher(char[] filePassword) {
        this.filePassword = filePassword;
    }

    static Cipher of(byte[] fileKey) {
        if (fileKey == null || fileKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the file key must be " + KEY_BYTES + " bytes");
        }
        return new Cipher(HexFormat.of().formatHex(fileKey).toCharArray());
    }

    boolean encrypts() {
        return filePassword != null;
    }

    /** The file password alone, as {@code ChangeFileEncryption} wants it; a copy. */
    char[] filePassword() {
        return filePassword.clone();
    }

    /**
     * The password for the connection: with a cipher H2 takes the part before the first space as
     * the file password and the rest as the user's, which is empty.
     */
    String h2Password() {
        return encrypts() ? new String(filePassword) + " " : "";
    }

    @Override
    public String toString() {
        return encrypts() ? "AES" : "none";
    }
}
