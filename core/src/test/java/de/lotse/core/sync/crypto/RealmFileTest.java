package de.lotse.core.sync.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RealmFileTest {

    private static final UUID REALM = UUID.fromString("6f9a0c1e-2b3d-4e5f-8a7b-9c0d1e2f3a4b");
    private static final Instant NOW = Instant.parse("2024-11-05T08:30:00.123456Z");
    private static final char[] PASSPHRASE = "Amt Lotse 2024".toCharArray();
    /** One realm for all tests: each creation derives keys at full cost. */
    private static final RealmFile.Created CREATED = RealmFile.createWithKeys(REALM, PASSPHRASE.clone(), NOW);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void createdRealmOpensWithItsPassphrase() throws WrongPassphraseException {
        RealmFile realm = CREATED.realm();
        assertThat(realm.format()).isEqualTo(1);
        assertThat(realm.realmId()).isEqualTo(REALM);
        assertThat(realm.iterations()).isEqualTo(RealmKeys.DEFAULT_ITERATIONS);
        assertThat(realm.salt()).hasSize(16);
        assertThat(realm.createdAt()).isEqualTo(NOW);
        assertThat(realm.keys(PASSPHRASE.clone())).isEqualTo(CREATED.keys());
        assertThat(realm.accepts(CREATED.keys())).isTrue();
    }

    @Test
    void wrongPassphraseIsRefused() {
        assertThatThrownBy(() -> CREATED.realm().keys("Amt Lotse 2025".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageNotContaining("Amt Lotse");
        assertThat(CREATED.realm().accepts(RealmKeys.derive(PASSPHRASE.clone(), new byte[16], 1_000))).isFalse();
    }

    @Test
    void twoRealmsWithOnePassphraseHaveDifferentKeys() {
        RealmFile.Created other = RealmFile.createWithKeys(UUID.randomUUID(), PASSPHRASE.clone(), NOW);
        assertThat(other.realm().salt()).isNotEqualTo(CREATED.realm().salt());
        assertThat(other.keys()).isNotEqualTo(CREATED.keys());
        assertThat(CREATED.realm().accepts(other.keys())).isFalse();
    }

    @Test
    void jsonRoundTrip() {
        byte[] json = CREATED.realm().toJson();
        assertThat(RealmFile.fromJson(json)).isEqualTo(CREATED.realm());
        JsonNode node = MAPPER.readTree(json);
        assertThat(node.propertyNames())
                .containsExactlyInAnyOrder("format", "realmId", "salt", "iterations", "keyCheck", "createdAt");
        assertThat(node.get("createdAt").stringValue()).isEqualTo("2024-11-05T08:30:00.123456Z");
    }

    @Test
    void unknownFieldsAreIgnored() {
        ObjectNode node = (ObjectNode) MAPPER.readTree(CREATED.realm().toJson());
        node.put("comment", "added by a later version");
        assertThat(RealmFile.fromJson(MAPPER.writeValueAsBytes(node))).isEqualTo(CREATED.realm());
    }

    @Test
    void newerFormatIsToldApart() {
        ObjectNode node = (ObjectNode) MAPPER.readTree(CREATED.realm().toJson());
        node.put("format", 2);
        assertThatThrownBy(() -> RealmFile.fromJson(MAPPER.writeValueAsBytes(node)))
                .isInstanceOfSatisfying(NewerFormatException.class, e -> assertThat(e.format()).isEqualTo(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "null", "{", "{}", "\"REALM\"", "{\"format\":1}"})
    void malformedJsonIsRefused(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> RealmFile.fromJson(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"realmId=not-a-uuid", "realmId=1-2-3-4-5", "salt=!!!", "salt=AAAA", "keyCheck=AAAA",
            "createdAt=yesterday", "iterations=1", "iterations=2147483647", "format=0", "format=one"})
    void badFieldsAreRefusedWithoutQuotingThem(String change) {
        String field = change.substring(0, change.indexOf('='));
        String value = change.substring(change.indexOf('=') + 1);
        ObjectNode node = (ObjectNode) MAPPER.readTree(CREATED.realm().toJson());
        if (value.matches("-?\\d+")) {
            node.put(field, Integer.parseInt(value));
        } else {
            node.put(field, value);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> RealmFile.fromJson(MAPPER.writeValueAsBytes(node)))
                // Numbers such as a format may be named; text from the file may not.
                .satisfies(e -> assertThat(value.matches("-?\\d+") || !e.getMessage().contains(value)).isTrue())
                .isNotInstanceOf(NewerFormatException.class);
    }

    @Test
    void toStringShowsNoSecrets() {
        assertThat(CREATED.realm().toString()).contains(REALM.toString()).doesNotContain("salt").doesNotContain("keyCheck");
    }
}
