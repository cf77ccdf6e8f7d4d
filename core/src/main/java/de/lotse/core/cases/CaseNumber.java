package de.lotse.core.cases;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number such as {@code K7QM-26-0042}: the code of the device that opened the case, the
 * year, and a serial per device and year. Devices have distinct codes, so numbers made offline
 * on two devices never collide; the code's alphabet has no letters that sound or look alike, so
 * a number can be read out over the phone.
 */
public record CaseNumber(String deviceCode, int year, int serial) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z0-9]{4})-(\\d{2})-(\\d{4,})");

    public CaseNumber {
        if (deviceCode == null || deviceCode.length() != 4 || serial < 1 || year < 2000) {
            throw new IllegalArgumentException("not a case number");
        }
    }

    /** The next number for this device and year after the ones already given out. */
    public static CaseNumber next(String deviceCode, int year, Collection<String> existing) {
        int highest = existing.stream().map(CaseNumber::parse).flatMap(Optional::stream)
                .filter(number -> number.deviceCode().equals(deviceCode) && number.year() == year)
                .mapToInt(CaseNumber::serial).max().orElse(0);
        return new CaseNumber(deviceCode, year, highest + 1);
    }

    /** The prefix all of this device's numbers of {@code year} share. */
    public static String prefix(String deviceCode, int year) {
        return String.format(Locale.ROOT, "%s-%02d-", deviceCode, year % 100);
    }

    public static Optional<CaseNumber> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CaseNumber(matcher.group(1), 2000 + Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    @Override
    public String toString() {
        return prefix(deviceCode, year) + String.format(Locale.ROOT, "%04d", serial);
    }
}
