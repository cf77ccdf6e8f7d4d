package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CredentialTest {

    private static final UUID ACCOUNT = UUID.fromString("2f1c9a34-7a0e-4a51-9d3c-0b6f3e2a9c11");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Credential credential = Credential.create(ACCOUNT, "richtig langes Passwort".toCharArray(),
            Argon2Params.FOR_TESTS);

    @Test
    void theRightPasswordUnlocksTheKeyPair() throws Exception {
        var privateKey = credential.unlock(ACCOUNT, "richtig langes Passwort".toCharArray());

        assertThat(privateKey).isPresent();
        // The private key is the public key's: a grant sealed to the public key opens with it.
        FileKey key = FileKey.generate();
        assertThat(Grant.seal(key, ACCOUNT, credential).open(ACCOUNT, credential, privateKey.get()))
                .hasValueSatisfying(opened -> assertThat(opened.sameKey(key)).isTrue());
    }

    @Test
    void aWrongPasswordGivesNothingAndDoesNotThrow() {
        assertThat(credential.unlock(ACCOUNT, "richtig langes passwort".toCharArray())).isEmpty();
        assertThat(credential.unlock(ACCOUNT, new char[0])).isEmpty();
    }

    @Test
    void anotherAccountIdGivesNothing() {
        assertThat(credential.unlock(UUID.randomUUID(), "richtig langes Passwort".toCharArray())).isEmpty();
    }

    @Test
    void theWrappedKeyBesideAnotherPublicKeyGivesNothing() {
        byte[] otherPublic = credential.publicKey();
        otherPublic[0] ^= 1;
        Credential swapped = new Credential(credential.format(), otherPublic, credential.salt(), credential.params(),
                credential.nonce(), credential.wrappedPrivateKey());

        assertThat(swapped.unlock(ACCOUNT, "richtig langes Passwort".toCharArray())).isEmpty();
    }

    @Test
    void twoCredentialsOfOnePasswordAreTwoKeyPairs() {
        Credential again = Credential.create(ACCOUNT, "richtig langes Passwort".toCharArray(), Argon2Params.FOR_TESTS);

        assertThat(again.publicKey()).isNotEqualTo(credential.publicKey());
        assertThat(again.fingerprint()).isNotEqualTo(credential.fingerprint()).hasSize(16).matches("[0-9a-f]+");
    }

    @Test
    void jsonRoundTrips() {
        Credential read = Credential.fromJson(credential.toJson());

        assertThat(read).isEqualTo(credential);
        assertThat(read.fingerprint()).isEqualTo(credential.fingerprint());
        assertThat(read.unlock(ACCOUNT, "richtig langes Passwort".toCharArray())).isPresent();
    }

    @Test
    void malformedJsonNamesTheField() {
        assertThatThrownBy(() -> Credential.fromJson("not json {")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credential: not valid JSON");
        assertThatThrownBy(() -> Credential.fromJson("[1]")).hasMessage("credential: not a JSON object");
        assertThatThrownBy(() -> Credential.fromJson(withField("salt", "AAAA")))
                .hasMessage("missing or bad field salt");
        assertThatThrownBy(() -> Credential.fromJson(withField("publicKey", "%%%")))
                .hasMessage("missing or bad field publicKey");
        ObjectNode node = tree();
        node.remove("wrappedPrivateKey");
        assertThatThrownBy(() -> Credential.fromJson(node.toString()))
                .hasMessage("missing or bad field wrappedPrivateKey");
        ObjectNode hungry = tree();
        ((ObjectNode) hungry.get("argon2")).put("memoryKiB", Integer.MAX_VALUE);
        assertThatThrownBy(() -> Credential.fromJson(hungry.toString())).hasMessage("missing or bad field argon2");
    }

    @Test
    void aNewerFormatIsToldApart() {
        ObjectNode node = tree();
        node.put("format", 2);

        assertThatThrownBy(() -> Credential.fromJson(node.toString())).isInstanceOf(KeyFormatTooNewException.class)
                .hasMessage("credential: newer format 2");
    }

    @Test
    void toStringShowsTheFingerprintOnly() {
        String text = credential.toString();

        assertThat(text).contains(credential.fingerprint())
                .doesNotContain(Base64.getEncoder().encodeToString(credential.publicKey()))
                .doesNotContain(Base64.getEncoder().encodeToString(credential.wrappedPrivateKey()))
                .doesNotContain(Base64.getEncoder().encodeToString(credential.salt()));
    }

    private ObjectNode tree() {
        return (ObjectNode) MAPPER.readTree(credential.toJson());
    }

    private String withField(String field, String value) {
        ObjectNode node = tree();
        node.put(field, value);
        return node.toString();
    }
}
