package de.lotse.core.sync;

import de.lotse.core.clock.Stamp;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON forms of sync's data: a record's state (kept in the database and in snapshots) and a
 * list of changes (the body of a batch). Field values are scalars kept as their JSON text, so a
 * value read and written again is the same text on every device.
 *
 * <p>Reading throws {@link IllegalArgumentException} for anything that is not such JSON.
 */
public final class SyncJson {

    private final JsonMapper mapper;

    public SyncJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * {@code {"~":["stamp",…],"field":[[i,value],…],…}}: each stamp once, fields name it by its
     * index, since the fields of one change share one stamp.
     */
    public String writeState(RecordState state) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            writeState(g, state);
        }
        return out.toString();
    }

    private static void writeState(JsonGenerator g, RecordState state) {
        Map<Stamp, Integer> stamps = new LinkedHashMap<>();
        for (List<RecordState.Version> versions : state.fields().values()) {
            for (RecordState.Version version : versions) {
                stamps.putIfAbsent(version.stamp(), stamps.size());
            }
        }
        g.writeStartObject();
        g.writeName(STAMPS);
        g.writeStartArray();
        for (Stamp stamp : stamps.keySet()) {
            g.writeString(stamp.encode());
        }
        g.writeEndArray();
        for (var field : state.fields().entrySet()) {
            g.writeName(field.getKey());
            g.writeStartArray();
            for (RecordState.Version version : field.getValue()) {
                g.writeStartArray();
                g.writeNumber(stamps.get(version.stamp()));
                g.writeRawValue(version.value());
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The key of a state's stamp table; no column is named so. */
    private static final String STAMPS = "~";

    public RecordState readState(String json) {
        try (JsonParser p = mapper.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            RecordState state = readState(p);
            return state;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a record state", e);
        }
    }

    /** Reads a state whose START_OBJECT was just read. */
    private RecordState readState(JsonParser p) {
        RecordState state = new RecordState();
        List<Stamp> stamps = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            expect(p, p.nextToken(), JsonToken.START_ARRAY);
            if (field.equals(STAMPS)) {
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    stamps.add(Stamp.decode(p.getString()));
                }
                continue;
            }
            List<RecordState.Version> versions = new ArrayList<>(1);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                expect(p, p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                int index = p.getIntValue();
                if (index < 0 || index >= stamps.size()) {
                    throw new IllegalArgumentException("no stamp " + index);
                }
                String value = scalar(p, p.nextToken());
                expect(p, p.nextToken(), JsonToken.END_ARRAY);
                versions.add(new RecordState.Version(stamps.get(index), value));
            }
            state.restore(field, versions);
        }
        return state;
    }

    /** One change as an element of a batch body. */
    public String writeChange(Change change) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("e", change.entity());
            g.writeStringProperty("id", change.recordId().toString());
            g.writeStringProperty("s", change.stamp().encode());
            g.writeName("v");
            g.writeStartObject();
            for (var value : new java.util.TreeMap<>(change.values()).entrySet()) {
                g.writeName(value.getKey());
                g.writeRawValue(value.getValue());
            }
            g.writeEndObject();
            if (!change.parents().isEmpty()) {
                g.writeName("p");
                g.writeStartObject();
                for (var parents : new java.util.TreeMap<>(change.parents()).entrySet()) {
                    g.writeName(parents.getKey());
                    g.writeStartArray();
                    for (Stamp parent : parents.getValue()) {
                        g.writeString(parent.encode());
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    /** Reads a JSON object of scalar values, e.g. an outbox row's fields, keeping each value's JSON text. */
    public Map<String, String> readValues(String json) {
        try (JsonParser p = mapper.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            Map<String, String> values = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                values.put(field, scalar(p, p.nextToken()));
            }
            return values;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not an object of values", e);
        }
    }

    /**
     * A batch body: a JSON array of {@link #writeChange} objects,
     * {@code [{"e":entity,"id":uuid,"s":stamp,"v":{field:value},"p":{field:[stamp]}},…]}.
     */
    public List<Change> readChanges(byte[] json) {
        try (JsonParser p = mapper.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_ARRAY);
            List<Change> changes = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                changes.add(readChange(p));
            }
            expect(p, p.currentToken(), JsonToken.END_ARRAY);
            return changes;
        } catch (JacksonException | UncheckedIOException e) {
            throw new IllegalArgumentException("not a list of changes", e);
        }
    }

    private Change readChange(JsonParser p) {
        String entity = null;
        UUID id = null;
        Stamp stamp = null;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<Stamp>> parents = new HashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            switch (name) {
                case "e" -> entity = text(p, token);
                case "id" -> id = UUID.fromString(text(p, token));
                case "s" -> stamp = Stamp.decode(text(p, token));
                case "v" -> {
                    expect(p, token, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = p.currentName();
                        values.put(field, scalar(p, p.nextToken()));
                    }
                }
                case "p" -> {
                    expect(p, token, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = p.currentName();
                        expect(p, p.nextToken(), JsonToken.START_ARRAY);
                        List<Stamp> stamps = new ArrayList<>(1);
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            stamps.add(Stamp.decode(p.getString()));
                        }
                        parents.put(field, stamps);
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (entity == null || id == null || stamp == null) {
            throw new IllegalArgumentException("change without entity, id or stamp");
        }
        return new Change(entity, id, stamp, values, parents);
    }

    /** The JSON text of a scalar value; the one form every device writes for it. */
    private String scalar(JsonParser p, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> quote(p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> p.getText();
            default -> throw new IllegalArgumentException("not a scalar value: " + token);
        };
    }

    /** A list of versions in the given order: {@code [["stamp",value],…]}. */
    public String writeVersions(List<RecordState.Version> versions) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartArray();
            for (RecordState.Version version : versions) {
                g.writeStartArray();
                g.writeString(version.stamp().encode());
                g.writeRawValue(version.value());
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        return out.toString();
    }

    public List<RecordState.Version> readVersions(String json) {
        try (JsonParser p = mapper.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_ARRAY);
            List<RecordState.Version> versions = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                expect(p, p.nextToken(), JsonToken.VALUE_STRING);
                Stamp stamp = Stamp.decode(p.getString());
                String value = scalar(p, p.nextToken());
                expect(p, p.nextToken(), JsonToken.END_ARRAY);
                versions.add(new RecordState.Version(stamp, value));
            }
            return versions;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a list of versions", e);
        }
    }

    /** The string a JSON string value holds, or {@code null} for JSON {@code null}. */
    public String string(String jsonText) {
        if (jsonText.length() >= 2 && jsonText.charAt(0) == '"' && jsonText.indexOf('\\') < 0) {
            return jsonText.substring(1, jsonText.length() - 1);
        }
        return mapper.readValue(jsonText, String.class);
    }

    /** A string as JSON text, written the way {@link JsonMapper} writes it. */
    public String quote(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e && c < 0xa0 || Character.isSurrogate(c)) {
                return mapper.writeValueAsString(text);
            }
        }
        // most values need no escaping: spare the mapper, which costs more than the rest of a sync
        return '"' + text + '"';
    }

    private static String text(JsonParser p, JsonToken token) {
        expect(p, token, JsonToken.VALUE_STRING);
        return p.getString();
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("expected " + expected + " but found " + actual);
        }
    }
}
