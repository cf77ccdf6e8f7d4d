package de.lotse.app.feature.agenda;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Interpreter languages: ISO 639-1 codes, named in the language of the screen. */
final class Languages {

    /** The languages integration offices book interpreters for most often, offered first. */
    static final List<String> FREQUENT = List.of("ar", "uk", "ru", "fa", "ku", "tr", "ps", "ti", "so", "ro", "bg",
            "sq", "sr", "en", "fr");

    private Languages() {
    }

    /** Every ISO 639-1 code: the frequent ones first, then the rest by name in {@code locale}. */
    static List<String> codes(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<String> rest = new ArrayList<>(Arrays.stream(Locale.getISOLanguages())
                .filter(code -> !FREQUENT.contains(code)).toList());
        rest.sort(Comparator.comparing(code -> name(code, locale), collator));
        List<String> all = new ArrayList<>(FREQUENT);
        all.addAll(rest);
        return all;
    }

    /** "Arabisch" in German, "Arabic" in English; the code itself when Java knows no name. */
    static String name(String code, Locale locale) {
        String name = Locale.of(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }
}
