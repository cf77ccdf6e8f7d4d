package de.lotse.core.sync.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DeviceFileTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final RealmKeys KEYS = RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, 1_000);
    private static final RealmKeys OTHER_KEYS = RealmKeys.derive("Amt Lotse 2025".toCharArray(), SALT, 1_000);
    private static final KeyPair DEVICE = DeviceKeys.generate();
    private static final UUID DEVICE_ID = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static final Instant JOINED = Instant.parse("2024-11-05T08:30:00Z");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static DeviceFile laptop() {
        return DeviceFile.signed(DEVICE_ID, "Laptop Beratung 2", "K7MX", DEVICE.getPublic(), JOINED, false, KEYS);
    }

    private static DeviceFile edited(String field, Object value) {
        ObjectNode node = (ObjectNode) MAPPER.readTree(laptop().toJson());
        switch (value) {
            case Boolean b -> node.put(field, b);
            default -> node.put(field, value.toString());
        }
        return DeviceFile.fromJson(MAPPER.writeValueAsBytes(node));
    }

    @Test
    void signedFileIsAuthentic() {
        assertThat(laptop().authentic(KEYS)).isTrue();
        assertThat(laptop().publicKey()).isEqualTo(DEVICE.getPublic());
    }

    @Test
    void jsonRoundTripKeepsItAuthentic() {
        byte[] json = laptop().toJson();
        DeviceFile read = DeviceFile.fromJson(json);
        assertThat(read).isEqualTo(laptop());
        assertThat(read.authentic(KEYS)).isTrue();
        JsonNode node = MAPPER.readTree(json);
        assertThat(node.propertyNames())
                .containsExactlyInAnyOrder("deviceId", "name", "code", "publicKey", "joinedAt", "retired", "mac");
        assertThat(node.get("publicKey").stringValue()).isEqualTo(DeviceKeys.encodePublic(DEVICE.getPublic()));
    }

    @Test
    void changingAnyFieldBreaksIt() {
        assertThat(edited("name", "Laptop Leitung").authentic(KEYS)).isFalse();
        assertThat(edited("code", "K7MY").authentic(KEYS)).isFalse();
        assertThat(edited("deviceId", UUID.randomUUID()).authentic(KEYS)).isFalse();
        assertThat(edited("joinedAt", "2024-11-05T08:30:01Z").authentic(KEYS)).isFalse();
        assertThat(edited("retired", true).authentic(KEYS)).isFalse();
        assertThat(edited("publicKey", DeviceKeys.encodePublic(DeviceKeys.generate().getPublic())).authentic(KEYS))
                .isFalse();
    }

    @Test
    void onlyPassphraseHoldersCanWriteOne() {
        DeviceFile forged = DeviceFile.signed(DEVICE_ID, "Laptop Beratung 2", "K7MX", DEVICE.getPublic(), JOINED,
                false, OTHER_KEYS);
        assertThat(forged.authentic(KEYS)).isFalse();
        assertThat(laptop().authentic(OTHER_KEYS)).isFalse();
        assertThat(laptop().authentic(null)).isFalse();
    }

    @Test
    void retiringKeepsItAuthentic() {
        DeviceFile retired = laptop().retire(KEYS);
        assertThat(retired.retired()).isTrue();
        assertThat(retired.authentic(KEYS)).isTrue();
        assertThat(retired.deviceId()).isEqualTo(DEVICE_ID);
    }

    @Test
    void fieldsWithTheSameConcatenationHaveDifferentMacs() {
        DeviceFile a = DeviceFile.signed(DEVICE_ID, "Laptop K", "7MX", DEVICE.getPublic(), JOINED, false, KEYS);
        DeviceFile b = DeviceFile.signed(DEVICE_ID, "Laptop ", "K7MX", DEVICE.getPublic(), JOINED, false, KEYS);
        assertThat(a.mac()).isNotEqualTo(b.mac());
    }

    @Test
    void toStringLeavesOutTheName() {
        assertThat(laptop().toString()).contains(DEVICE_ID.toString()).doesNotContain("Beratung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "[1]", "{\"deviceId\":\"x\"}"})
    void malformedJsonIsRefused(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceFile.fromJson(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badKeyIsRefusedWithoutQuotingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> edited("publicKey", "QUJD"))
                .withMessageNotContaining("QUJD");
        assertThatIllegalArgumentException().isThrownBy(() -> edited("mac", "QUJD"));
        assertThatIllegalArgumentException().isThrownBy(() -> edited("retired", "yes"));
    }
}
