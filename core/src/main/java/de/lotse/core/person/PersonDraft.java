package de.lotse.core.person;

import java.util.List;

/**
 * A person as typed into a form, a command line or a CSV row, before it is checked and saved.
 * Text is taken as given; {@link PersonRules} says what is wrong with it.
 */
public record PersonDraft(String familyName, String givenName, PartialDate birthDate, Sex sex,
        List<String> nationalities, Contact contact, PersonProfile profile) {

    public PersonDraft {
        nationalities = List.copyOf(nationalities);
        sex = sex == null ? Sex.UNKNOWN : sex;
        contact = contact == null ? Contact.NONE : contact;
        profile = profile == null ? PersonProfile.EMPTY : profile;
    }

    /** A draft with the basic fields only, as a quick registration or an import gives it. */
    public PersonDraft(String familyName, String givenName, PartialDate birthDate, Sex sex, List<String> nationalities,
            Contact contact) {
        this(familyName, givenName, birthDate, sex, nationalities, contact, PersonProfile.EMPTY);
    }

    public PersonDraft withProfile(PersonProfile newProfile) {
        return new PersonDraft(familyName, givenName, birthDate, sex, nationalities, contact, newProfile);
    }
}
