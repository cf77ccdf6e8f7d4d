package de.lotse.core.clock;

import java.util.Objects;
import java.util.UUID;

/**
 * A hybrid logical clock stamp: wall milliseconds, a counter for events within one millisecond,
 * and the device that made it. Stamps order totally, and their text form sorts the same way.
 */
public record Stamp(long millis, int counter, UUID device) implements Comparable<Stamp> {

    /** The largest counter value; the clock moves to the next millisecond before it overflows. */
    public static final int MAX_COUNTER = 0xFFFF;

    public Stamp {
        Objects.requireNonNull(device, "device");
        if (millis < 0 || millis > 0xFFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException("millis out of range: " + millis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("counter out of range: " + counter);
        }
    }

    /** Fixed-width text form, e.g. {@code 018c2e4f1a2b-0003-<uuid>}; sorts like {@link #compareTo}. */
    public String encode() {
        char[] text = new char[12 + 1 + 4 + 1];
        hex(text, 0, 12, millis);
        text[12] = '-';
        hex(text, 13, 4, counter);
        text[17] = '-';
        return new String(text).concat(device.toString());
    }

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    /** Writes {@code value} as {@code width} lower-case hex digits (String.format is slow for millions of stamps). */
    private static void hex(char[] into, int from, int width, long value) {
        for (int i = from + width - 1; i >= from; i--) {
            into[i] = DIGITS[(int) (value & 0xF)];
            value >>>= 4;
        }
    }

    public static Stamp decode(String text) {
        if (text == null || text.length() != 12 + 1 + 4 + 1 + 36
                || text.charAt(12) != '-' || text.charAt(17) != '-'
                || !isLowerHex(text, 0, 12) || !isLowerHex(text, 13, 17)) {
            throw new IllegalArgumentException("not a stamp");
        }
        try {
            return new Stamp(Long.parseLong(text, 0, 12, 16), Integer.parseInt(text, 13, 17, 16),
                    UUID.fromString(text.substring(18)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a stamp", e);
        }
    }

    /** Only the form {@link #encode()} writes: no sign, no upper case, so text order stays stamp order. */
    private static boolean isLowerHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Stamp other) {
        int byMillis = Long.compare(millis, other.millis);
        if (byMillis != 0) {
            return byMillis;
        }
        int byCounter = Integer.compare(counter, other.counter);
        return byCounter != 0 ? byCounter : device.toString().compareTo(other.device.toString());
    }
}
