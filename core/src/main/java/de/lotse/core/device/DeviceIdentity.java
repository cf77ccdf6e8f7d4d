package de.lotse.core.device;

import java.util.Objects;
import java.util.UUID;

/**
 * Who this installation is: a UUID for sync, and a short code that people can read over the phone
 * and that makes numbers unique across offline devices (case numbers, for instance).
 */
public record DeviceIdentity(UUID id, String code) {

    public DeviceIdentity {
        Objects.requireNonNull(id, "id");
        if (!DeviceCodes.isValid(code)) {
            throw new IllegalArgumentException("invalid device code");
        }
    }
}
