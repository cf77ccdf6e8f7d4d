package de.lotse.core.person;

import de.lotse.core.validation.Checks;
import de.lotse.core.validation.ContactRules;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a person's record must satisfy before it is saved. */
public final class PersonRules {

    /** Longest name the register keeps (as the database column). */
    public static final int MAX_NAME = 200;

    /** Longest notes text the register keeps. */
    public static final int MAX_NOTES = 4000;

    private static final int MAX_FILE_NUMBER = 50;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private PersonRules() {
    }

    /** Every problem of {@code draft} as of {@code today}; empty when it may be saved. */
    public static List<FieldProblem> check(PersonDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.familyName() == null || draft.familyName().isBlank()) {
            problems.add(FieldProblem.of("familyName", "required"));
        } else if (draft.familyName().strip().length() > MAX_NAME) {
            problems.add(FieldProblem.of("familyName", "tooLong", MAX_NAME));
        }
        if (draft.givenName() != null && draft.givenName().strip().length() > MAX_NAME) {
            problems.add(FieldProblem.of("givenName", "tooLong", MAX_NAME));
        }
        if (draft.birthDate() != null) {
            if (draft.birthDate().date().isAfter(today)) {
                problems.add(FieldProblem.of("birthDate", "inFuture"));
            } else if (draft.birthDate().date().getYear() < 1900) {
                problems.add(FieldProblem.of("birthDate", "tooEarly"));
            }
        }
        for (String country : draft.nationalities()) {
            if (country == null || !COUNTRIES.contains(country)) {
                problems.add(FieldProblem.of("nationality", "unknownCountry", String.valueOf(country)));
            }
        }
        Contact contact = draft.contact();
        ContactRules.email("email", contact.email(), problems);
        ContactRules.phone("phone", contact.phone(), problems);
        ContactRules.postalCode("postalCode", contact.address().postalCode(), problems);
        checkProfile(draft.profile(), today, problems);
        return problems;
    }

    private static void checkProfile(PersonProfile profile, LocalDate today, List<FieldProblem> problems) {
        if (profile.nameOriginal() != null && profile.nameOriginal().strip().length() > MAX_NAME) {
            problems.add(FieldProblem.of("nameOriginal", "tooLong", MAX_NAME));
        }
        if (profile.otherNames().stream().mapToInt(name -> name.length() + 1).sum() > 1000) {
            problems.add(FieldProblem.of("otherNames", "tooLong", 1000));
        }
        for (String language : profile.languages()) {
            if (!LANGUAGES.contains(language)) {
                problems.add(FieldProblem.of("languages", "unknownLanguage", language));
            }
        }
        if (profile.interpreterNeeded() && profile.languages().isEmpty()) {
            problems.add(FieldProblem.of("languages", "interpreterLanguage"));
        }
        notInFuture("arrivalInGermany", profile.arrivalInGermany(), today, problems);
        notInFuture("arrivalInTown", profile.arrivalInTown(), today, problems);
        if (profile.arrivalInGermany() != null && profile.arrivalInTown() != null
                && profile.arrivalInTown().isBefore(profile.arrivalInGermany())) {
            problems.add(FieldProblem.of("arrivalInTown", "beforeArrivalInGermany"));
        }
        if (profile.fileNumberAbh() != null && profile.fileNumberAbh().strip().length() > MAX_FILE_NUMBER) {
            problems.add(FieldProblem.of("fileNumberAbh", "tooLong", MAX_FILE_NUMBER));
        }
        if (profile.fileNumberBamf() != null && profile.fileNumberBamf().strip().length() > MAX_FILE_NUMBER) {
            problems.add(FieldProblem.of("fileNumberBamf", "tooLong", MAX_FILE_NUMBER));
        }
        if (profile.notes() != null && profile.notes().length() > MAX_NOTES) {
            problems.add(FieldProblem.of("notes", "tooLong", MAX_NOTES));
        }
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today, List<FieldProblem> problems) {
        if (date != null && date.isAfter(today)) {
            problems.add(FieldProblem.of(field, "inFuture"));
        }
    }

    /** Longest note on a residence status the register keeps. */
    public static final int MAX_RESIDENCE_NOTE = 500;

    /** What is wrong with a residence status: an end before its start, a note too long. */
    public static List<FieldProblem> check(ResidenceStatus status) {
        List<FieldProblem> problems = new ArrayList<>();
        if (status.validFrom() != null && status.validUntil() != null
                && status.validUntil().isBefore(status.validFrom())) {
            problems.add(FieldProblem.of("validUntil", "beforeStart"));
        }
        if (status.note() != null && status.note().length() > MAX_RESIDENCE_NOTE) {
            problems.add(FieldProblem.of("residenceNote", "tooLong", MAX_RESIDENCE_NOTE));
        }
        return problems;
    }

    /** The draft as it is stored: names and contact trimmed, empty text as none, countries upper case. */
    public static PersonDraft clean(PersonDraft draft) {
        Contact contact = draft.contact();
        return new PersonDraft(trim(draft.familyName()), trim(draft.givenName()), draft.birthDate(), draft.sex(),
                draft.nationalities().stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList(),
                new Contact(trim(contact.phone()), trim(contact.email()), new Address(trim(contact.address().street()),
                        trim(contact.address().postalCode()), trim(contact.address().city()))),
                clean(draft.profile()));
    }

    private static PersonProfile clean(PersonProfile profile) {
        return new PersonProfile(trim(profile.nameOriginal()),
                profile.otherNames().stream().map(PersonRules::trim).filter(name -> name != null).distinct().toList(),
                profile.languages().stream().map(PersonRules::trim).filter(code -> code != null)
                        .map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList(),
                profile.interpreterNeeded(), profile.arrivalInGermany(), profile.arrivalInTown(),
                trim(profile.fileNumberAbh()), trim(profile.fileNumberBamf()),
                profile.notes() == null || profile.notes().isBlank() ? null : profile.notes().strip());
    }

    private static String trim(String text) {
        return Checks.blankToNull(text);
    }
}
