package de.lotse.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The list of common passwords, lowercased: nbvcxz's (about 100,000, mostly English; its
 * {@code dictionaries/passwords.txt}) and ours in German ({@code common-de.txt}). It is read once,
 * when a password is first checked.
 *
 * <p>It is a sorted array searched by {@link CharSequence}, not a {@code HashSet<String>}, so a
 * password is looked up from its {@code char[]} without ever becoming a {@code String} that no one
 * can wipe.
 */
final class CommonPasswords {

    /** Shorter entries could only match the word before a password's trailing digits, refusing random digits. */
    private static final int MIN_ENTRY = 4;

    private static final String NBVCXZ = "dictionaries/passwords.txt";
    private static final String OURS = "de/lotse/core/account/common-de.txt";

    private final CharSequence[] sorted;

    private CommonPasswords(CharSequence[] sorted) {
        this.sorted = sorted;
    }

    /** The shipped list, read on first use. */
    static CommonPasswords shipped() {
        return Shipped.LIST;
    }

    private static final class Shipped {
        private static final CommonPasswords LIST = load();
    }

    /** Reads the lists afresh (the tests measure this). */
    static CommonPasswords load() {
        List<String> entries = new ArrayList<>(110_000);
        read(NBVCXZ, false, entries);
        read(OURS, true, entries);
        CharSequence[] sorted = entries.stream().sorted(CharSequence::compare).distinct().toArray(CharSequence[]::new);
        return new CommonPasswords(sorted);
    }

    private static void read(String resource, boolean comments, List<String> entries) {
        try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.length() >= MIN_ENTRY && !(comments && entry.startsWith("#"))) {
                    entries.add(new String(lower(entry)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the list of common passwords cannot be read: " + resource, e);
        }
    }

    /** Whether {@code lowercased} (as {@link #lower(CharSequence)} makes it) is on the list. */
    boolean contains(CharSequence lowercased) {
        return Arrays.binarySearch(sorted, lowercased, CharSequence::compare) >= 0;
    }

    int size() {
        return sorted.length;
    }

    /**
     * Lowercased char by char, independent of the locale, the same for the list and a password
     * (String's own lowercasing may change the length, e.g. for "İ").
     */
    static char[] lower(CharSequence text) {
        char[] lowered = new char[text.length()];
        for (int i = 0; i < lowered.length; i++) {
            lowered[i] = Character.toLowerCase(text.charAt(i));
        }
        return lowered;
    }

    static char[] lower(char[] text) {
        return lower(CharBuffer.wrap(text));
    }
}
