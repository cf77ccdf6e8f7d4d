package de.lotse.core.sync.crypto;

import de.lotse.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code devices/<deviceId>.json}: a member of the realm, its public signing key, and whether it
 * has been retired. The MAC, made with the realm's MAC key over every other field, means only a
 * passphrase holder can add a device or change one; a file someone else put on the share is not
 * {@link #authentic}, and its device stays unknown.
 */
public record DeviceFile(UUID deviceId, String name, String code, PublicKey publicKey, Instant joinedAt,
                         boolean retired, byte[] mac) {

    /** Long enough for any name a person gives a laptop, short enough to show in a list. */
    public static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_CODE_LENGTH = 32;
    private static final String MAC_LABEL = "lotse v1 device file";

    public DeviceFile {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(mac, "mac");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("device name too long");
        }
        // Lenient on purpose: a later version may choose other codes, and this one must still read its files.
        if (code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("bad device code");
        }
        if (mac.length != RealmKeys.KEY_BYTES) {
            throw new IllegalArgumentException("mac must be " + RealmKeys.KEY_BYTES + " bytes");
        }
        mac = mac.clone();
    }

    /** A device file with its MAC made with {@code keys}. */
    public static DeviceFile signed(UUID deviceId, String name, String code, PublicKey publicKey, Instant joinedAt,
                                    boolean retired, RealmKeys keys) {
        Objects.requireNonNull(keys, "keys");
        byte[] content = canonical(deviceId, name, code, publicKey, joinedAt, retired);
        return new DeviceFile(deviceId, name, code, publicKey, joinedAt, retired, keys.mac(content));
    }

    /** This device, retired, with a fresh MAC. */
    public DeviceFile retire(RealmKeys keys) {
        return signed(deviceId, name, code, publicKey, joinedAt, true, keys);
    }

    /** Whether a passphrase holder wrote this file as it is. */
    public boolean authentic(RealmKeys keys) {
        return keys != null && keys.checkMac(canonical(deviceId, name, code, publicKey, joinedAt, retired), mac);
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    public byte[] toJson() {
        ObjectNode node = Json.object();
        node.put("deviceId", deviceId.toString());
        node.put("name", name);
        node.put("code", code);
        node.put("publicKey", DeviceKeys.encodePublic(publicKey));
        node.put("joinedAt", joinedAt.toString());
        node.put("retired", retired);
        node.put("mac", Base64.getEncoder().encodeToString(mac));
        return Json.bytes(node);
    }

    /**
     * Reads a device file; does not check the MAC (see {@link #authentic}).
     *
     * @throws IllegalArgumentException when it is not a device file
     */
    public static DeviceFile fromJson(byte[] json) {
        JsonNode node = Json.parse(json, "device file");
        PublicKey key;
        try {
            key = DeviceKeys.decodePublic(Json.string(node, "publicKey"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("missing or bad field publicKey");
        }
        return new DeviceFile(Json.uuid(node, "deviceId"), Json.string(node, "name"), Json.string(node, "code"),
                key, Json.instant(node, "joinedAt"), Json.bool(node, "retired"), Json.base64(node, "mac"));
    }

    /**
     * The bytes the MAC covers: every field, each with its length, so that no two different files
     * share an encoding (a name ending in the code's first letter, for instance). Independent of
     * JSON formatting, so re-indenting a file does not break it.
     */
    private static byte[] canonical(UUID deviceId, String name, String code, PublicKey publicKey, Instant joinedAt,
                                    boolean retired) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeChunk(out, MAC_LABEL.getBytes(StandardCharsets.US_ASCII));
            out.writeLong(deviceId.getMostSignificantBits());
            out.writeLong(deviceId.getLeastSignificantBits());
            writeChunk(out, name.getBytes(StandardCharsets.UTF_8));
            writeChunk(out, code.getBytes(StandardCharsets.UTF_8));
            writeChunk(out, publicKey.getEncoded());
            out.writeLong(joinedAt.getEpochSecond());
            out.writeInt(joinedAt.getNano());
            out.writeBoolean(retired);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeChunk(DataOutputStream out, byte[] chunk) throws IOException {
        out.writeInt(chunk.length);
        out.write(chunk);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceFile that
                && retired == that.retired && deviceId.equals(that.deviceId) && name.equals(that.name)
                && code.equals(that.code) && joinedAt.equals(that.joinedAt)
                && Arrays.equals(publicKey.getEncoded(), that.publicKey.getEncoded())
                && Arrays.equals(mac, that.mac);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, name, code, joinedAt, retired, Arrays.hashCode(publicKey.getEncoded()),
                Arrays.hashCode(mac));
    }

    /** Without the name: a device is often named after the person who uses it. */
    @Override
    public String toString() {
        return "DeviceFile[deviceId=" + deviceId + ", code=" + code + ", joinedAt=" + joinedAt
                + ", retired=" + retired + "]";
    }
}
