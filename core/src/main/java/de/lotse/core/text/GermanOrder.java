package de.lotse.core.text;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sorting as a German reader expects it: umlauts next to their base letters, case and accents
 * second, names in other scripts after the Latin ones.
 */
public final class GermanOrder {

    private GermanOrder() {
    }

    /** A new collator for German order (collators are not thread-safe: one per thread). */
    public static Collator collator() {
        Collator collator = Collator.getInstance(Locale.GERMAN);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** The collation key of {@code text} ({@code null} as empty), for sorting many items fast. */
    public static CollationKey key(Collator collator, String text) {
        return collator.getCollationKey(text == null ? "" : text);
    }

    /**
     * Sorts {@code items} by the first key, then the second, in German order. Collation keys are
     * made once per item, which keeps 100,000 rows fast.
     */
    public static <T> List<T> sortBy(List<T> items, Function<T, String> first, Function<T, String> second) {
        Collator collator = collator();
        record Keyed<T>(T item, CollationKey first, CollationKey second) { }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(new Keyed<>(item, key(collator, first.apply(item)), key(collator, second.apply(item))));
        }
        keyed.sort(Comparator.<Keyed<T>, CollationKey>comparing(Keyed::first).thenComparing(Keyed::second));
        return keyed.stream().map(Keyed::item).toList();
    }
}
