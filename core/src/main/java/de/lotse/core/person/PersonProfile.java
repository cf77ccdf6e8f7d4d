package de.lotse.core.person;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caseworker records about a person beyond name, birth, sex, nationality and contact:
 * the name in its original script, other spellings and aliases, languages (ISO 639-1 codes, the
 * first one is the language an interpreter would speak), arrival dates, file numbers of the
 * foreigners' authority (ABH) and of BAMF, and free notes. Every part may be missing.
 */
public record PersonProfile(String nameOriginal, List<String> otherNames, List<String> languages,
        boolean interpreterNeeded, LocalDate arrivalInGermany, LocalDate arrivalInTown, String fileNumberAbh,
        String fileNumberBamf, String notes) {

    /** Nothing known yet. */
    public static final PersonProfile EMPTY = new PersonProfile(null, List.of(), List.of(), false, null, null, null,
            null, null);

    public PersonProfile {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public PersonProfile withArrivalInTown(LocalDate date) {
        return new PersonProfile(nameOriginal, otherNames, languages, interpreterNeeded, arrivalInGermany, date,
                fileNumberAbh, fileNumberBamf, notes);
    }
}
