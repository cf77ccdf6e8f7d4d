package de.lotse.app.cli;

import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The fields of a person as command-line options; an option left out keeps what was there. */
final class PersonOptions {

    @Option(names = "--family-name", paramLabel = "NAME", description = "Family name.")
    String familyName;

    @Option(names = "--given-name", paramLabel = "NAME", description = "Given name(s).")
    String givenName;

    @Option(names = "--birth-date", paramLabel = "DATE",
            description = "dd.MM.yyyy, yyyy-MM-dd, MM.yyyy or yyyy (empty: unknown).")
    String birthDate;

    @Option(names = "--sex", paramLabel = "SEX", converter = SexConverter.class,
            description = "f|m|d|u (also female, male, diverse, unknown, weiblich, männlich, divers, unbekannt).")
    Sex sex;

    @Option(names = "--nationality", paramLabel = "CC",
            description = "ISO 3166 alpha-2 country code; repeat for several (replaces the stored ones).")
    List<String> nationalities;

    @Option(names = "--phone", paramLabel = "PHONE", description = "Phone number.")
    String phone;

    @Option(names = "--email", paramLabel = "EMAIL", description = "E-mail address.")
    String email;

    @Option(names = "--street", paramLabel = "STREET", description = "Street and number.")
    String street;

    @Option(names = "--postal-code", paramLabel = "CODE", description = "Postal code (5 digits).")
    String postalCode;

    @Option(names = "--city", paramLabel = "CITY", description = "Town.")
    String city;

    /** {@code base} with every option that was given laid over it; a date that is none is wrong usage. */
    PersonDraft over(PersonDraft base, CommandLine commandLine) {
        Contact contact = base.contact();
        Address address = contact.address();
        return new PersonDraft(pick(familyName, base.familyName()), pick(givenName, base.givenName()),
                birthDate == null ? base.birthDate() : birthDate(commandLine), sex == null ? base.sex() : sex,
                nationalities == null ? base.nationalities() : nationalities,
                new Contact(pick(phone, contact.phone()), pick(email, contact.email()), new Address(
                        pick(street, address.street()), pick(postalCode, address.postalCode()),
                        pick(city, address.city()))));
    }

    static final PersonDraft EMPTY = new PersonDraft(null, null, null, Sex.UNKNOWN, List.of(), Contact.NONE);

    private static String pick(String given, String current) {
        return given == null ? current : given;
    }

    /** The given birth date; none for an empty value. */
    private PartialDate birthDate(CommandLine commandLine) {
        if (birthDate.isBlank()) {
            return null;
        }
        return PartialDate.parse(birthDate).orElseThrow(() -> new ParameterException(commandLine,
                "Invalid value for option '--birth-date': '" + birthDate
                        + "' is no date (dd.MM.yyyy, yyyy-MM-dd, MM.yyyy or yyyy)"));
    }

    static final class SexConverter implements ITypeConverter<Sex> {
        @Override
        public Sex convert(String value) {
            return Sex.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is no sex (f, m, d or u)"));
        }
    }
}
