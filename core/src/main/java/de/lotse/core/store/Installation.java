package de.lotse.core.store;

import de.lotse.core.device.DeviceIdentity;
import java.nio.file.Path;

/** Facts of this installation the screen shows: where its data lives, who it is, which schema. */
public record Installation(Path dataDir, DeviceIdentity device, String schemaVersion) { }
