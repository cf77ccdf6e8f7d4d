package de.lotse.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared: {@link #normalize} folds case, accents and German umlauts (Müller =
 * Mueller), {@link #skeleton} goes further and folds the spellings that transliteration from
 * Arabic, Cyrillic or Turkish produces (Mohammed = Muhammad = Mohamad, Oleksandr = Aleksandr,
 * Jussuf = Yusuf, Schewtschenko = Shevchenko).
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑'’`´.,/]+");
    private static final String CYRILLIC = "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "h", "g", "d", "e", "ie", "io", "zh", "z", "y", "i", "i",
        "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
        "e", "iu", "ia"};

    private Names() {
    }

    /** Lower case, German umlauts spelled out, accents dropped, Cyrillic in Latin letters, separators as spaces. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int cyrillic = CYRILLIC.indexOf(c);
            switch (c) {
                case 'ä' -> spelled.append("ae");
                case 'ö' -> spelled.append("oe");
                case 'ü' -> spelled.append("ue");
                case 'ß' -> spelled.append("ss");
                case 'ı' -> spelled.append('i');
                default -> spelled.append(cyrillic >= 0 ? LATIN[cyrillic] : String.valueOf(c));
            }
        }
        String plain = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    /** The words of a name, normalized. */
    public static List<String> tokens(String text) {
        String normalized = normalize(text);
        List<String> tokens = new ArrayList<>();
        for (String token : normalized.split(" ")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * The consonant skeleton of a normalized word: spellings of one transliterated name share it.
     * Digraphs are folded first (tsch, sch, kh, ch, ph, ou), then w → v, c/q → k, z → s, x → ks,
     * j → y; vowels (with y) and h after a vowel at the end are dropped, doubled letters collapsed.
     */
    public static String skeleton(String normalizedWord) {
        String word = normalizedWord.replace(" ", "");
        word = word.replace("tsch", "ch").replace("sch", "sh").replace("kh", "h").replace("ch", "h")
                .replace("ph", "f").replace("ou", "u").replace("oo", "u").replace("ee", "i");
        if (word.endsWith("h") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) >= 0) {
            word = word.substring(0, word.length() - 1);
        }
        StringBuilder skeleton = new StringBuilder(word.length());
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'w' -> 'v';
                case 'c', 'q' -> 'k';
                case 'z' -> 's';
                case 'j' -> 'y';
                default -> word.charAt(i);
            };
            if (c == 'x') {
                skeleton.append("ks");
                last = 's';
                continue;
            }
            if ("aeiouy".indexOf(c) >= 0 || !Character.isLetterOrDigit(c)) {
                continue;
            }
            if (c != last) {
                skeleton.append(c);
            }
            last = c;
        }
        return skeleton.toString();
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment), stopping early above {@code max}:
     * one typo, one missing or one swapped letter is distance 1.
     */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous2 = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
