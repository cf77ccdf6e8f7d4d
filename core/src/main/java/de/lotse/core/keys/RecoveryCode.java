package de.lotse.core.keys;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.Destroyable;

/**
 * A code a person writes down and keeps in the office safe, to open a device when every
 * administrator's password is lost: 25 characters in five groups of five,
 * {@code 7KQ3M-XW9RT-…}.
 *
 * <p>The alphabet has 31 characters: the digits 2–9 and the letters without I, L and O, so no
 * 0/O and no 1/I/L to confuse. (A base32 alphabet cannot leave out all five: there are only 31
 * such letters and digits.) 25 characters give 25 · log2(31) ≈ 123.9 bits, out of reach of
 * guessing even at Argon2's cheapest.
 *
 * <p>The recovery credential is an ordinary {@link Credential} made with {@link #chars()} as its
 * password, {@code Credential.create(accountId, code.chars(), params)}, kept beside the account's
 * normal credential; a device grants its file key to it as to any other ({@link KeyFile}'s
 * recovery grants). {@link #toString} never shows the code.
 */
public final class RecoveryCode implements Destroyable {

    /** The characters of a code, in the order of their values. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 25;
    public static final int GROUP = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] code;

    private RecoveryCode(char[] code) {
        this.code = code;
    }

    public static RecoveryCode generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new RecoveryCode(code);
    }

    /**
     * The code a person typed: lower case, spaces and missing or extra dashes are fine; any other
     * character, or a wrong number of them, is not a code.
     */
    public static Optional<RecoveryCode> parse(CharSequence typed) {
        Objects.requireNonNull(typed, "typed");
        char[] code = new char[LENGTH];
        int length = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = Character.toUpperCase(typed.charAt(i));
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0 || length == LENGTH) {
                Arrays.fill(code, '\0');
                return Optional.empty();
            }
            code[length++] = c;
        }
        if (length != LENGTH) {
            Arrays.fill(code, '\0');
            return Optional.empty();
        }
        return Optional.of(new RecoveryCode(code));
    }

    /** The 25 characters without dashes: the "password" of the recovery credential. The caller wipes the copy. */
    public char[] chars() {
        checkNotDestroyed();
        return code.clone();
    }

    /** The code as shown and printed: five groups of five, joined by dashes. The caller wipes the copy. */
    public char[] grouped() {
        checkNotDestroyed();
        char[] shown = new char[LENGTH + LENGTH / GROUP - 1];
        int at = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                shown[at++] = '-';
            }
            shown[at++] = code[i];
        }
        return shown;
    }

    @Override
    public void destroy() {
        Arrays.fill(code, '\0');
    }

    @Override
    public boolean isDestroyed() {
        return code[0] == '\0';
    }

    private void checkNotDestroyed() {
        if (isDestroyed()) {
            throw new IllegalStateException("recovery code destroyed");
        }
    }

    @Override
    public String toString() {
        return "RecoveryCode[hidden]";
    }
}
