package de.lotse.core.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How two records of one person become one. The survivor's fields win; a field the survivor
 * lacks is taken from the merged record; lists are joined; the merged record's name, when it is
 * spelled differently, becomes another spelling of the survivor, so that search still finds it.
 */
public final class Merges {

    private Merges() {
    }

    public static PersonDraft combine(PersonDraft survivor, PersonDraft merged) {
        PersonProfile kept = survivor.profile();
        PersonProfile other = merged.profile();
        Set<String> otherNames = new LinkedHashSet<>(kept.otherNames());
        String mergedName = PersonNames.display(merged.familyName(), merged.givenName());
        if (!mergedName.equals(PersonNames.display(survivor.familyName(), survivor.givenName()))) {
            otherNames.add(mergedName);
        }
        otherNames.addAll(other.otherNames());
        if (other.nameOriginal() != null && kept.nameOriginal() != null
                && !other.nameOriginal().equals(kept.nameOriginal())) {
            otherNames.add(other.nameOriginal());
        }
        PersonProfile profile = new PersonProfile(either(kept.nameOriginal(), other.nameOriginal()),
                List.copyOf(otherNames), union(kept.languages(), other.languages()),
                kept.interpreterNeeded() || other.interpreterNeeded(),
                either(kept.arrivalInGermany(), other.arrivalInGermany()),
                either(kept.arrivalInTown(), other.arrivalInTown()),
                either(kept.fileNumberAbh(), other.fileNumberAbh()),
                either(kept.fileNumberBamf(), other.fileNumberBamf()), notes(kept.notes(), other.notes()));
        Contact contact = new Contact(either(survivor.contact().phone(), merged.contact().phone()),
                either(survivor.contact().email(), merged.contact().email()),
                pick(survivor.contact().address(), merged.contact().address(), address -> address.street()));
        return new PersonDraft(survivor.familyName(), either(survivor.givenName(), merged.givenName()),
                birthDate(survivor.birthDate(), merged.birthDate()),
                survivor.sex() == Sex.UNKNOWN ? merged.sex() : survivor.sex(),
                union(survivor.nationalities(), merged.nationalities()), contact, profile);
    }

    /** The survivor's date unless the merged one is more precise and fits it. */
    private static PartialDate birthDate(PartialDate kept, PartialDate other) {
        if (kept == null) {
            return other;
        }
        if (other != null && other.precision().compareTo(kept.precision()) < 0 && kept.fits(other)) {
            return other;
        }
        return kept;
    }

    private static <T> T either(T kept, T other) {
        return kept != null ? kept : other;
    }

    private static <T> T pick(T kept, T other, Function<T, Object> present) {
        return present.apply(kept) != null ? kept : other;
    }

    private static List<String> union(List<String> kept, List<String> other) {
        Set<String> all = new LinkedHashSet<>(kept);
        all.addAll(other);
        return new ArrayList<>(all);
    }

    private static String notes(String kept, String other) {
        if (kept == null || other == null || kept.equals(other)) {
            return either(kept, other);
        }
        return kept + "\n\n" + other;
    }
}
