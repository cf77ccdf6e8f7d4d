package de.lotse.core.sync.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DeviceKeysTest {

    private static final KeyPair DEVICE = DeviceKeys.generate();
    private static final KeyPair OTHER = DeviceKeys.generate();
    private static final byte[] DATA = "batch 17".getBytes(StandardCharsets.UTF_8);

    @Test
    void keysSurviveTheirTextForm() {
        String publicText = DeviceKeys.encodePublic(DEVICE.getPublic());
        String privateText = DeviceKeys.encodePrivate(DEVICE.getPrivate());
        assertThat(DeviceKeys.decodePublic(publicText)).isEqualTo(DEVICE.getPublic());
        byte[] signature = DeviceKeys.sign(DeviceKeys.decodePrivate(privateText), DATA);
        assertThat(DeviceKeys.verify(DeviceKeys.decodePublic(publicText), DATA, signature)).isTrue();
    }

    @Test
    void signatureChecksOutOnlyForItsDataAndKey() {
        byte[] signature = DeviceKeys.sign(DEVICE.getPrivate(), DATA);
        assertThat(signature).hasSize(64);
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), DATA, signature)).isTrue();
        assertThat(DeviceKeys.verify(OTHER.getPublic(), DATA, signature)).isFalse();
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), "batch 18".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
    }

    @Test
    void malformedSignaturesAreFalseNotErrors() throws NoSuchAlgorithmException {
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), DATA, new byte[0])).isFalse();
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), DATA, new byte[63])).isFalse();
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), DATA, new byte[64])).isFalse();
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), DATA, new byte[65])).isFalse();
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), DATA, null)).isFalse();
        assertThat(DeviceKeys.verify(null, DATA, new byte[64])).isFalse();
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThat(DeviceKeys.verify(rsa.getPublic(), DATA, DeviceKeys.sign(DEVICE.getPrivate(), DATA))).isFalse();
    }

    @Property(tries = 300)
    void verifyNeverThrows(@ForAll byte[] data, @ForAll byte[] signature) {
        assertThat(DeviceKeys.verify(DEVICE.getPublic(), data, signature)).isFalse();
    }

    @Test
    void textThatIsNoKeyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceKeys.decodePublic("not base64!"));
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceKeys.decodePublic("AAAA"));
        assertThatIllegalArgumentException().isThrownBy(() -> DeviceKeys.decodePrivate("AAAA"));
        assertThatIllegalArgumentException().isThrownBy(
                () -> DeviceKeys.decodePublic(DeviceKeys.encodePrivate(DEVICE.getPrivate())));
    }
}
