package de.lotse.core.overview;

import java.util.List;

/** The head figures of the office as the Start view shows them. */
public record OfficeFigures(long persons, long households, long minors, long arrivalsLast90Days,
        long nationalities, List<CountryCount> topNationalities) {

    public OfficeFigures {
        topNationalities = List.copyOf(topNationalities);
    }

    /** How many persons hold one nationality (ISO 3166 alpha-2). */
    public record CountryCount(String country, long persons) { }
}
