package de.lotse.app.cli;

import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonRow;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Persons as the command line prints them in JSON. */
final class PersonJson {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PersonJson() {
    }

    static Map<String, Object> of(PersonDetail detail) {
        var person = detail.person();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", detail.id().toString());
        json.put("familyName", person.familyName());
        json.put("givenName", person.givenName());
        json.put("birthDate", date(person.birthDate()));
        json.put("sex", person.sex().name());
        json.put("nationalities", person.nationalities());
        json.put("phone", person.contact().phone());
        json.put("email", person.contact().email());
        json.put("street", person.contact().address().street());
        json.put("postalCode", person.contact().address().postalCode());
        json.put("city", person.contact().address().city());
        var profile = person.profile();
        json.put("nameOriginal", profile.nameOriginal());
        json.put("otherNames", profile.otherNames());
        json.put("languages", profile.languages());
        json.put("interpreterNeeded", profile.interpreterNeeded());
        json.put("arrivalInGermany", profile.arrivalInGermany() == null ? null : profile.arrivalInGermany().toString());
        json.put("arrivalInTown", profile.arrivalInTown() == null ? null : profile.arrivalInTown().toString());
        json.put("fileNumberAbh", profile.fileNumberAbh());
        json.put("fileNumberBamf", profile.fileNumberBamf());
        json.put("notes", profile.notes());
        return json;
    }

    static Map<String, Object> of(de.lotse.core.person.MergeRecord merge) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", merge.id().toString());
        json.put("survivor", merge.survivorId().toString());
        json.put("merged", merge.mergedId().toString());
        json.put("mergedAt", merge.mergedAt().toString());
        json.put("mergedName", merge.mergedName());
        json.put("moved", merge.moved());
        return json;
    }

    static Map<String, Object> of(PersonRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", row.id().toString());
        json.put("familyName", row.familyName());
        json.put("givenName", row.givenName());
        json.put("birthDate", date(row.birthDate()));
        json.put("sex", row.sex().name());
        json.put("nationalities", row.nationalities().isEmpty() ? List.of()
                : Arrays.asList(row.nationalities().split(", ")));
        json.put("city", row.city().isEmpty() ? null : row.city());
        return json;
    }

    /** ISO form as far as known: {@code 1991-03-07}, {@code 1991-03} or {@code 1991}. */
    static String date(PartialDate date) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case DAY -> date.date().toString();
            case MONTH -> date.date().toString().substring(0, 7);
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }
}
