package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PERSON_NATIONALITY;

import de.lotse.core.overview.OfficeFigures;
import de.lotse.core.overview.OverviewQueries;
import java.time.LocalDate;
import org.jooq.impl.DSL;

/** The Start view's figures, counted in H2. */
public final class JooqOverviewQueries implements OverviewQueries {

    private final Store store;

    public JooqOverviewQueries(Store store) {
        this.store = store;
    }

    @Override
    public OfficeFigures figures(LocalDate today, int top) {
        return store.read(dsl -> {
            // separate counts, so each range is answered from its index
            long persons = dsl.fetchCount(PERSON);
            long minors = dsl.fetchCount(PERSON, PERSON.BIRTH_DATE.gt(today.minusYears(18)));
            long arrivals = dsl.fetchCount(PERSON, PERSON.ARRIVAL_IN_TOWN.ge(today.minusDays(90)));
            long households = dsl.fetchCount(HOUSEHOLD);
            var count = DSL.count();
            // one grouped scan gives both the number of nationalities and the most frequent ones
            var byCountry = dsl.select(PERSON_NATIONALITY.COUNTRY, count).from(PERSON_NATIONALITY)
                    .groupBy(PERSON_NATIONALITY.COUNTRY)
                    .orderBy(count.desc(), PERSON_NATIONALITY.COUNTRY)
                    .fetch(r -> new OfficeFigures.CountryCount(r.value1(), r.value2()));
            long nationalities = byCountry.size();
            var topCountries = byCountry.subList(0, Math.min(top, byCountry.size()));
            return new OfficeFigures(persons, households, minors, arrivals, nationalities, topCountries);
        });
    }
}
