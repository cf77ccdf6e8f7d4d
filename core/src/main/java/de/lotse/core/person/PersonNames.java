package de.lotse.core.person;

/** How a person's name is written in lists and lines: family name first, as German offices file it. */
public final class PersonNames {

    private PersonNames() {
    }

    /** "Family, Given", or the family name alone when the given name is unknown; empty for no name. */
    public static String display(String familyName, String givenName) {
        String family = familyName == null ? "" : familyName;
        return givenName == null || givenName.isBlank() ? family : family + ", " + givenName;
    }
}
