package de.lotse.core.keys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and writing the key file, credentials and grants by hand, field by field, as
 * {@code core.sync.crypto} does for the share's files: the shapes are a format other Lotse
 * versions read. Every failure is an {@link IllegalArgumentException} that names the field, never
 * its value (values here are salts, nonces and wrapped keys).
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String text(ObjectNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static byte[] bytes(ObjectNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    static JsonNode parse(String json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + ": no content");
        }
        return parse(json.getBytes(StandardCharsets.UTF_8), what);
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

    /** The format number, checked against the newest this version knows. */
    static int format(JsonNode node, int newest, String what) {
        int format = integer(node, "format");
        if (format > newest) {
            throw new KeyFormatTooNewException(what, format);
        }
        if (format < 1) {
            throw bad("format");
        }
        return format;
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw bad(field);
        }
        return value;
    }

    static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw bad(field);
        }
        return value;
    }

    static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw bad(field);
        }
        return value.stringValue();
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw bad(field);
        }
        return value.intValue();
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw bad(field);
        }
        return value.booleanValue();
    }

    static UUID uuid(JsonNode node, String field) {
        String text = string(node, field);
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString accepts short forms such as "1-2-3-4-5"; only the canonical form round-trips.
            if (!id.toString().equals(text)) {
                throw bad(field);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw bad(field);
        }
    }

    /** Base64 of exactly {@code length} bytes. */
    static byte[] base64(JsonNode node, String field, int length) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(string(node, field));
        } catch (IllegalArgumentException e) {
            throw bad(field);
        }
        if (bytes.length != length) {
            throw bad(field);
        }
        return bytes;
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(string(node, field));
        } catch (DateTimeParseException e) {
            throw bad(field);
        }
    }

    static IllegalArgumentException bad(String field) {
        return new IllegalArgumentException("missing or bad field " + field);
    }
}
