package de.lotse.core.directory;

/** What kind of partner or authority an organisation is. */
public enum OrganisationKind {
    JOB_CENTRE, EMPLOYMENT_AGENCY, FOREIGNERS_AUTHORITY, SOCIAL_WELFARE_OFFICE, SCHOOL, DAYCARE, LANGUAGE_SCHOOL,
    WELFARE_ASSOCIATION, HEALTH, HOUSING, COUNSELLING, OTHER
}
