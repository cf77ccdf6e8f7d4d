package de.lotse.core.person;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Sex as recorded by the foreigners' authority; {@code UNKNOWN} when not yet known. */
public enum Sex {
    FEMALE, MALE, DIVERSE, UNKNOWN;

    private static final Map<String, Sex> WORDS = Map.ofEntries(
            Map.entry("f", FEMALE), Map.entry("w", FEMALE), Map.entry("female", FEMALE), Map.entry("weiblich", FEMALE),
            Map.entry("m", MALE), Map.entry("male", MALE), Map.entry("männlich", MALE), Map.entry("maennlich", MALE),
            Map.entry("d", DIVERSE), Map.entry("diverse", DIVERSE), Map.entry("divers", DIVERSE),
            Map.entry("u", UNKNOWN), Map.entry("x", UNKNOWN), Map.entry("unknown", UNKNOWN),
            Map.entry("unbekannt", UNKNOWN));

    /**
     * Reads sex as offices and forms write it, in German or English, any case: {@code f}/{@code w},
     * {@code m}, {@code d}, {@code u}/{@code x} or the full words; empty for anything else.
     */
    public static Optional<Sex> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(WORDS.get(text.strip().toLowerCase(Locale.ROOT)));
    }
}
