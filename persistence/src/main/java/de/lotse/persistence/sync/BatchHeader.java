package de.lotse.persistence.sync;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readable part of a batch: whose it is, where it sits in its device's chain, and which other
 * devices' batches its changes follow (so that they are applied after those).
 *
 * @param previous the SHA-256 of the device's previous batch file, empty for its first
 * @param wallMillis the writer's wall clock when it wrote the batch, to notice clocks far off
 * @param dependencies for each other device, the last of its batches the writer had applied
 */
record BatchHeader(int format, UUID realm, UUID device, long seq, String previous, String firstStamp,
        String lastStamp, String schema, String keyId, long wallMillis, int changes, Map<UUID, Long> dependencies) {

    static final int FORMAT = 1;

    BatchHeader {
        dependencies = Map.copyOf(dependencies);
    }

    byte[] toJson(JsonMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("format", format).put("kind", "batch").put("realm", realm.toString()).put("device", device.toString())
                .put("seq", seq).put("previous", previous).put("first", firstStamp).put("last", lastStamp)
                .put("schema", schema).put("keyId", keyId).put("wall", wallMillis).put("changes", changes);
        ObjectNode deps = node.putObject("dependencies");
        new TreeMap<>(dependencies).forEach((device, applied) -> deps.put(device.toString(), applied));
        return mapper.writeValueAsBytes(node);
    }

    /** Whether the writer's schema is newer than {@code schema}: then its changes may name tables unknown there. */
    boolean newerSchemaThan(String schema) {
        try {
            return Integer.parseInt(this.schema) > Integer.parseInt(schema);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Reads a header; {@link IllegalArgumentException} for anything else. */
    static BatchHeader fromJson(JsonMapper mapper, byte[] json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (!"batch".equals(node.path("kind").asString(""))) {
                throw new IllegalArgumentException("not a batch");
            }
            Map<UUID, Long> deps = new TreeMap<>();
            node.path("dependencies").properties().forEach(e -> deps.put(UUID.fromString(e.getKey()), e.getValue().asLong()));
            return new BatchHeader(node.required("format").asInt(), UUID.fromString(node.required("realm").asString()),
                    UUID.fromString(node.required("device").asString()), node.required("seq").asLong(),
                    node.required("previous").asString(), node.required("first").asString(),
                    node.required("last").asString(), node.required("schema").asString(),
                    node.required("keyId").asString(), node.required("wall").asLong(), node.required("changes").asInt(),
                    deps);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a batch header", e);
        }
    }
}
