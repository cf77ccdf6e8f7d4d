package de.lotse.core.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The other spellings German offices see of a name from the demo's countries of origin. */
public final class Spellings {

    private static final Map<String, List<String>> BY_SPELLING = new HashMap<>();

    static {
        for (Origin origin : Origin.ALL) {
            List<String> all = new ArrayList<>(origin.maleGiven());
            all.addAll(origin.femaleGiven());
            all.addAll(origin.family());
            for (String entry : all) {
                List<String> spellings = Arrays.asList(entry.split("\\|"));
                for (String spelling : spellings) {
                    BY_SPELLING.putIfAbsent(spelling, spellings);
                }
            }
        }
    }

    private Spellings() {
    }

    /** The other spellings of {@code name}; empty when it has none or is not known. */
    public static List<String> alternatives(String name) {
        return BY_SPELLING.getOrDefault(name, List.of()).stream().filter(s -> !s.equals(name)).toList();
    }
}
