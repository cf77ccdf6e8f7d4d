package de.lotse.persistence.sync;

import java.util.UUID;

/** One record of one synced table. */
record RecordKey(String entity, UUID id) { }
