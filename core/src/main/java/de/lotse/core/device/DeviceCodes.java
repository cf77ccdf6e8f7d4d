package de.lotse.core.device;

import java.util.random.RandomGenerator;

/**
 * Short device codes made of letters and digits that cannot be confused when read aloud or
 * written by hand (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
public final class DeviceCodes {

    /** Characters a code is made of. */
    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    /** Length of a code: 25^4 = 390,625 codes, plenty for one office's devices. */
    public static final int LENGTH = 4;

    private DeviceCodes() {
    }

    public static String random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isValid(String code) {
        return code != null && code.length() == LENGTH
                && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
