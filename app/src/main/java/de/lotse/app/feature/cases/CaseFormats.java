package de.lotse.app.feature.cases;

import de.lotse.core.clock.OfficeTime;
import de.lotse.core.text.Days;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates, times and euro amounts of the case file as people in the office read and type them:
 * {@code 07.03.2026}, {@code 07.03.2026 14:05}, {@code 1.234,56 €}. English uses its own marks.
 */
public final class CaseFormats {

    /** Between number and euro sign: a space that never breaks a line. */
    public static final char NO_BREAK = '\u00a0';

    private static final Pattern GERMAN_AMOUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?");
    private static final Pattern ENGLISH_AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");

    private final Locale locale;
    private final boolean german;

    public CaseFormats(Locale locale) {
        this.locale = locale;
        this.german = !locale.getLanguage().equals("en");
    }

    /** {@code 07.03.2026}; empty for none. */
    public String day(LocalDate day) {
        return Days.format(day, locale);
    }

    /** {@code 07.03.2026 14:05} in the office's time zone. */
    public String dayTime(Instant instant) {
        return instant.atZone(OfficeTime.ZONE)
                .format(DateTimeFormatter.ofPattern(german ? "dd.MM.yyyy HH:mm" : "dd/MM/yyyy HH:mm", locale));
    }

    /** {@code 1.234,56 €} in German, {@code €1,234.56} in English; empty for none. */
    public String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(german ? Locale.GERMAN
                : Locale.ENGLISH));
        return german ? format.format(amount) + NO_BREAK + "€" : "€" + format.format(amount);
    }

    /** The amount as typed, in the form of {@link #euro}, without it or with the euro sign; empty when it is none. */
    public Optional<BigDecimal> parseEuro(String text) {
        String plain = text == null ? "" : text.replace("€", "").replace("EUR", "").replace(String.valueOf(NO_BREAK), "")
                .strip();
        if (!(german ? GERMAN_AMOUNT : ENGLISH_AMOUNT).matcher(plain).matches()) {
            return Optional.empty();
        }
        String normal = german ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        return Optional.of(new BigDecimal(normal).setScale(2));
    }
}
