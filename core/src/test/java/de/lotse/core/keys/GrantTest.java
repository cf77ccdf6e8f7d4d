package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PrivateKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GrantTest {

    private static final UUID ACCOUNT = UUID.randomUUID();
    private static final char[] PASSWORD = "Sommer im Rathaus 2025".toCharArray();

    private final FileKey key = FileKey.generate();
    private final Credential credential = Credential.create(ACCOUNT, PASSWORD, Argon2Params.FOR_TESTS);
    private final PrivateKey privateKey = credential.unlock(ACCOUNT, PASSWORD).orElseThrow();

    @Test
    void opensWithTheCredentialsPrivateKey() {
        Grant grant = Grant.seal(key, ACCOUNT, credential);

        assertThat(grant.open(ACCOUNT, credential, privateKey))
                .hasValueSatisfying(opened -> assertThat(opened.bytes()).isEqualTo(key.bytes()));
    }

    @Test
    void eachSealIsFresh() {
        assertThat(Grant.seal(key, ACCOUNT, credential).ciphertext())
                .isNotEqualTo(Grant.seal(key, ACCOUNT, credential).ciphertext());
    }

    @Test
    void aGrantForTheOldCredentialDoesNotOpenWithANewKeyPair() {
        Grant old = Grant.seal(key, ACCOUNT, credential);
        Credential changed = Credential.create(ACCOUNT, "neues Passwort bitte".toCharArray(), Argon2Params.FOR_TESTS);
        PrivateKey newKey = changed.unlock(ACCOUNT, "neues Passwort bitte".toCharArray()).orElseThrow();

        assertThat(old.open(ACCOUNT, changed, newKey)).isEmpty();
        assertThat(old.open(ACCOUNT, credential, newKey)).isEmpty();
    }

    @Test
    void anotherAccountOrADamagedGrantDoesNotOpen() {
        Grant grant = Grant.seal(key, ACCOUNT, credential);
        byte[] damaged = grant.ciphertext();
        damaged[3] ^= 0x40;

        assertThat(grant.open(UUID.randomUUID(), credential, privateKey)).isEmpty();
        assertThat(new Grant(grant.ephemeralPublicKey(), grant.nonce(), damaged).open(ACCOUNT, credential, privateKey))
                .isEmpty();
        assertThat(new Grant(new byte[32], grant.nonce(), grant.ciphertext()).open(ACCOUNT, credential, privateKey))
                .isEmpty();
    }

    @Test
    void jsonRoundTrips() {
        Grant grant = Grant.seal(key, ACCOUNT, credential);

        Grant read = Grant.fromJson(grant.toJson());

        assertThat(read).isEqualTo(grant);
        assertThat(read.open(ACCOUNT, credential, privateKey)).isPresent();
        assertThatThrownBy(() -> Grant.fromJson("{\"nonce\":\"AAAA\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing or bad field ephemeralPublicKey");
    }

    @Test
    void neitherTheGrantNorItsJsonShowsTheKey() {
        Grant grant = Grant.seal(key, ACCOUNT, credential);

        assertThat(grant.toString()).doesNotContain(new String(key.h2FilePassword()));
        assertThat(grant.toJson()).doesNotContain(new String(key.h2FilePassword()))
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(key.bytes()));
    }
}
