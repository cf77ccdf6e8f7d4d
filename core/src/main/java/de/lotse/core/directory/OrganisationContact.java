package de.lotse.core.directory;

import java.util.UUID;

/** A named person to talk to at an organisation (Ansprechpartner). */
public record OrganisationContact(UUID id, UUID organisationId, String name, String role, String phone,
        String email) { }
