package de.lotse.core.sync.crypto;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and writing the small JSON files of the share by hand, field by field: the files are a
 * protocol other Lotse versions read, so their shape is spelled out here rather than left to
 * reflection. Every failure is an {@link IllegalArgumentException} that names the field, never
 * its value.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(ObjectNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    static JsonNode parse(byte[] json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + ": no content");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(what + ": not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            // No cause: Jackson's messages quote the input, which may be anything.
            throw new IllegalArgumentException(what + ": not valid JSON");
        }
    }

    static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing or bad field " + field);
        }
        return value.stringValue();
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw new IllegalArgumentException("missing or bad field " + field);
        }
        return value.intValue();
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalArgumentException("missing or bad field " + field);
        }
        return value.booleanValue();
    }

    static UUID uuid(JsonNode node, String field) {
        String text = string(node, field);
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString accepts short forms such as "1-2-3-4-5"; only the canonical form round-trips.
            if (!id.toString().equals(text)) {
                throw new IllegalArgumentException("missing or bad field " + field);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("missing or bad field " + field);
        }
    }

    static byte[] base64(JsonNode node, String field) {
        try {
            return Base64.getDecoder().decode(string(node, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("missing or bad field " + field);
        }
    }

    static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(string(node, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("missing or bad field " + field);
        }
    }
}
