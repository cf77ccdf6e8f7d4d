package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.DEVICE_IDENTITY;

import de.lotse.core.device.DeviceCodes;
import de.lotse.core.device.DeviceIdentity;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * This installation's identity, made once on first start. It is local state, not business data,
 * so it is written directly and never synced.
 */
final class DeviceIdentities {

    private DeviceIdentities() {
    }

    /**
     * Gives this installation a new identity (for a cloned or restored database, whose old identity
     * another copy goes on using). Old stamps and case numbers keep the old one, as they should.
     */
    static DeviceIdentity renew(DSLContext tx, Clock wall) {
        tx.deleteFrom(DEVICE_IDENTITY).execute();
        return create(tx, wall);
    }

    private static DeviceIdentity create(DSLContext tx, Clock wall) {
        DeviceIdentity created = new DeviceIdentity(UUID.randomUUID(), DeviceCodes.random(new SecureRandom()));
        tx.insertInto(DEVICE_IDENTITY)
                .set(DEVICE_IDENTITY.ID, created.id())
                .set(DEVICE_IDENTITY.CODE, created.code())
                .set(DEVICE_IDENTITY.CREATED_AT, OffsetDateTime.now(wall))
                .execute();
        return created;
    }

    static DeviceIdentity ensure(DSLContext dsl, Clock wall) {
        var known = dsl.selectFrom(DEVICE_IDENTITY).fetchOne();
        if (known != null) {
            return new DeviceIdentity(known.getId(), known.getCode());
        }
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            var existing = tx.selectFrom(DEVICE_IDENTITY).fetchOne();
            if (existing != null) {
                return new DeviceIdentity(existing.getId(), existing.getCode());
            }
            return create(tx, wall);
        });
    }
}
