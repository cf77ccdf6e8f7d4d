package de.lotse.app.i18n;

import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of one language, with numbers and dates in that language's form. */
public final class Messages {

    /** Base name of the resource bundles {@code messages_de} and {@code messages_en}. */
    public static final String BUNDLE = "de.lotse.app.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this language has a text for {@code key}: for labels with a fallback. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** What a rule found wrong, in words ({@code validation.<code>} with the problem's arguments). */
    public String problem(FieldProblem problem) {
        return get("validation." + problem.code(), problem.args().toArray());
    }

    /** {@code 12.345} in German, {@code 12,345} in English. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** {@code 21.11.2026} in German, {@code 21/11/2026} in English. */
    public String date(LocalDate date) {
        return Days.format(date, locale);
    }

    /** {@code 14:30} in both languages. */
    public String time(java.time.LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    /** {@code Mo., 23.11. 14:30} in German, {@code Mon 23/11 14:30} in English. */
    public String weekdayAndTime(java.time.LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern(
                locale.getLanguage().equals("de") ? "EE, dd.MM. HH:mm" : "EEE dd/MM HH:mm", locale));
    }

    /** The name of a country (ISO 3166 alpha-2) in this language. */
    public String country(String isoCode) {
        String name = Locale.of("", isoCode).getDisplayCountry(locale);
        return name.isBlank() ? isoCode : name;
    }
}
