package de.lotse.core.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User names: 2 to 32 of {@code a-z 0-9 . _ -}, kept in lowercase, so "Anna.M" and "anna.m" are
 * one name at login, in the unique check and in the count of failed logins.
 */
public final class UserNames {

    public static final int MIN = 2;
    public static final int MAX = 32;
    private static final Pattern VALID = Pattern.compile("[a-z0-9._-]{" + MIN + "," + MAX + "}");

    private UserNames() {
    }

    /** The name as stored and compared: trimmed and lowercased (null: empty). */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a normalized name is one an account may have. */
    public static boolean valid(String normalized) {
        return VALID.matcher(normalized).matches();
    }
}
