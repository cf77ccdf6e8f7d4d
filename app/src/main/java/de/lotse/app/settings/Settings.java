package de.lotse.app.settings;

import java.util.Locale;
import java.util.Objects;

/** What a person chose for this installation: language and theme. */
public record Settings(Locale language, Theme theme) {

    /** Languages the UI speaks, German first. */
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.GERMAN, Locale.ENGLISH);

    /** Light or dark colours. */
    public enum Theme { LIGHT, DARK }

    public static final Settings DEFAULTS = new Settings(Locale.GERMAN, Theme.LIGHT);

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    /** The UI language of an ISO 639 code ({@code de}, {@code en}), if Lotse speaks it. */
    public static java.util.Optional<Locale> languageOf(String code) {
        return LANGUAGES.stream().filter(language -> language.getLanguage().equalsIgnoreCase(code)).findFirst();
    }

    public Settings withLanguage(Locale newLanguage) {
        return new Settings(newLanguage, theme);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(language, newTheme);
    }
}
