package de.lotse.core.json;

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
 * Reading and writing the small JSON files Lotse keeps (the share's realm and device files, the
 * key file, credentials and grants) by hand, field by field: they are formats other Lotse
 * versions read, so their shape is spelled out rather than left to reflection. Every failure is
 * an {@link IllegalArgumentException} that names the field, never its value.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String text(ObjectNode node) {
        return MAPPER.writeValueAsString(node);
    }

    public static byte[] bytes(ObjectNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /** Indented, for a file a person may open to see what it is. */
    public static byte[] prettyBytes(ObjectNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    public static JsonNode parse(String json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + ": no content");
        }
        return parse(json.getBytes(StandardCharsets.UTF_8), what);
    }

    public static JsonNode parse(byte[] json, String what) {
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

    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw bad(field);
        }
        return value;
    }

    public static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw bad(field);
        }
        return value;
    }

    public static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw bad(field);
        }
        return value.stringValue();
    }

    public static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw bad(field);
        }
        return value.intValue();
    }

    public static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw bad(field);
        }
        return value.booleanValue();
    }

    public static UUID uuid(JsonNode node, String field) {
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

    public static byte[] base64(JsonNode node, String field) {
        try {
            return Base64.getDecoder().decode(string(node, field));
        } catch (IllegalArgumentException e) {
            throw bad(field);
        }
    }

    /** Base64 of exactly {@code length} bytes. */
    public static byte[] base64(JsonNode node, String field, int length) {
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

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static Instant instant(JsonNode node, String field) {
        try {
            return Instant.parse(string(node, field));
        } catch (DateTimeParseException e) {
            throw bad(field);
        }
    }

    public static IllegalArgumentException bad(String field) {
        return new IllegalArgumentException("missing or bad field " + field);
    }
}
