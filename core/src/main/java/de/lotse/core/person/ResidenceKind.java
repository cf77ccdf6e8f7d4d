package de.lotse.core.person;

/**
 * The residence status a person holds in Germany, as the foreigners' authority issues it:
 * Aufenthaltsgestattung (during the asylum procedure), Duldung, Aufenthaltserlaubnis (§ 24 for
 * temporary protection of people from Ukraine is its own kind), Niederlassungserlaubnis,
 * EU-Freizügigkeit, and Einbürgerung.
 */
public enum ResidenceKind {
    GESTATTUNG, DULDUNG, AUFENTHALTSERLAUBNIS, SCHUTZ_24, NIEDERLASSUNGSERLAUBNIS, EU_FREIZUEGIGKEIT, EINBUERGERUNG;

    /** Whether the status ends and must be renewed (a naturalised or settled person's does not). */
    public boolean expires() {
        return this != NIEDERLASSUNGSERLAUBNIS && this != EINBUERGERUNG && this != EU_FREIZUEGIGKEIT;
    }
}
