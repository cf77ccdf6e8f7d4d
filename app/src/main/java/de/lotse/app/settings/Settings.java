package de.lotse.app.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * What a person chose for this installation: language, theme, and (until logins exist) the
 * caseworker who uses it, whose appointments and cases the Start view shows ({@code null}: everyone's).
 */
public record Settings(Locale language, Theme theme, java.util.UUID caseworker) {

    /** Languages the UI speaks, German first. */
    public static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.GERMAN, Locale.ENGLISH);

    /** Light or dark colours. */
    public enum Theme { LIGHT, DARK }

    public static final Settings DEFAULTS = new Settings(Locale.GERMAN, Theme.LIGHT, null);

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    /** The UI language of an ISO 639 code ({@code de}, {@code en}), if Lotse speaks it. */
    public static java.util.Optional<Locale> languageOf(String code) {
        return LANGUAGES.stream().filter(language -> language.getLanguage().equalsIgnoreCase(code)).findFirst();
    }

    public Settings withLanguage(Locale newLanguage) {
        return new Settings(newLanguage, theme, caseworker);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(language, newTheme, caseworker);
    }

    public Settings withCaseworker(java.util.UUID newCaseworker) {
        return new Settings(language, theme, newCaseworker);
    }
}
