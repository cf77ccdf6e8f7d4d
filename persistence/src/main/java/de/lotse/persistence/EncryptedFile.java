package de.lotse.persistence;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file encrypted with AES-256-XTS ({@link Xts}) under a device's file key, as H2 sees it: a
 * channel of plain bytes. On disk it is a header unit and then the data units.
 *
 * <p>The header holds a format mark, a random salt and a check value. The two XTS keys and the
 * check are HMAC-SHA256 of the file key over the salt, so every file has keys of its own and a
 * wrong file key is told apart from a damaged file before a byte is decrypted.
 *
 * <p>Data units are always whole on disk. A file whose length is no multiple of a unit keeps the
 * rest of its length as that many bytes after the last unit: length on disk = header + units +
 * (size mod unit). H2's database file itself only ever grows by whole units.
 */
final class EncryptedFile extends FileBaseDefault {

    /** The first bytes of every file in this format; the {@code 1} is its version. */
    static final byte[] MARK = "Lotse-AES-XTS-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int UNIT = Xts.UNIT;
    private static final int HEADER = UNIT;
    private static final int SALT_BYTES = 32;
    private static final int CHECK_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The file key does not open this file: another installation's, or a copied one. */
    static final class WrongKeyException extends IOException {
        WrongKeyException(String file) {
            super("the file key does not open " + file);
        }
    }

    /** The file is no file in this format, or too short to be one. */
    static final class DamagedException extends IOException {
        DamagedException(String why) {
            super(why);
        }
    }

    private final FileChannel base;
    private final String name;
    private final Xts xts;
    private final Consumer<EncryptedFile> onClose;
    private volatile long size;

    private EncryptedFile(FileChannel base, String name, Xts xts, long size, Consumer<EncryptedFile> onClose) {
        this.base = base;
        this.name = name;
        this.xts = xts;
        this.size = size;
        this.onClose = onClose;
    }

    static EncryptedFile open(FileChannel base, String name, byte[] fileKey, boolean writable) throws IOException {
        return open(base, name, fileKey, writable, closed -> { });
    }

    /**
     * Opens {@code base} as an encrypted file under {@code fileKey}; an empty one that may be
     * written gets a new header. The file name goes only into messages; {@code onClose} hears
     * when the file is closed.
     */
    static EncryptedFile open(FileChannel base, String name, byte[] fileKey, boolean writable,
            Consumer<EncryptedFile> onClose) throws IOException {
        try {
            return opened(base, name, fileKey, writable, onClose);
        } catch (IOException | RuntimeException e) {
            base.close(); // nothing holds the file open after a refusal (Windows could not delete it)
            throw e;
        }
    }

    private static EncryptedFile opened(FileChannel base, String name, byte[] fileKey, boolean writable,
            Consumer<EncryptedFile> onClose) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        if (base.size() == 0 && writable) {
            RANDOM.nextBytes(salt);
            ByteBuffer header = ByteBuffer.allocate(HEADER).put(MARK).put(salt).put(derive(fileKey, "check", salt));
            writeFully(base, header.flip(), 0);
            return new EncryptedFile(base, name, xts(fileKey, salt), 0, onClose);
        }
        ByteBuffer header = ByteBuffer.allocate(MARK.length + SALT_BYTES + CHECK_BYTES);
        long data = base.size() - HEADER;
        if (data < 0 || data % UNIT != 0 && data < UNIT) {
            throw new DamagedException(name + " is shorter than its header and a unit");
        }
        readFully(base, header, 0);
        header.flip();
        byte[] mark = new byte[MARK.length];
        byte[] check = new byte[CHECK_BYTES];
        header.get(mark).get(salt).get(check);
        if (!Arrays.equals(mark, MARK)) {
            throw new DamagedException(name + " is not a file in Lotse's encrypted format");
        }
        if (!MessageDigest.isEqual(check, derive(fileKey, "check", salt))) {
            throw new WrongKeyException(name);
        }
        return new EncryptedFile(base, name, xts(fileKey, salt), logicalSize(base.size()), onClose);
    }

    /**
     * Whether {@code head}, the first bytes of a file in this format, says {@code fileKey} opens
     * it; false too when it is no such file.
     */
    static boolean opensWith(byte[] head, byte[] fileKey) {
        if (head.length < headLength() || !isMarked(head)) {
            return false;
        }
        byte[] salt = Arrays.copyOfRange(head, MARK.length, MARK.length + SALT_BYTES);
        byte[] check = Arrays.copyOfRange(head, MARK.length + SALT_BYTES, MARK.length + SALT_BYTES + CHECK_BYTES);
        return MessageDigest.isEqual(check, derive(fileKey, "check", salt));
    }

    /** Whether {@code head}, a file's first bytes, starts with this format's mark. */
    static boolean isMarked(byte[] head) {
        return head.length >= MARK.length && Arrays.equals(head, 0, MARK.length, MARK, 0, MARK.length);
    }

    /** The bytes {@link #opensWith} looks at. */
    static int headLength() {
        return MARK.length + SALT_BYTES + CHECK_BYTES;
    }

    /** The size H2 sees of a file {@code onDisk} bytes long. */
    static long logicalSize(long onDisk) {
        long data = Math.max(0, onDisk - HEADER);
        long rest = data % UNIT;
        return rest == 0 ? data : data - rest - UNIT + rest;
    }

    private static Xts xts(byte[] fileKey, byte[] salt) {
        return new Xts(derive(fileKey, "data", salt), derive(fileKey, "tweak", salt));
    }

    private static byte[] derive(byte[] fileKey, String purpose, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fileKey, "HmacSHA256"));
            mac.update(("lotse-xts " + purpose).getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(salt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no HMAC-SHA256", e);
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
        long known = size;
        if (position >= known) {
            return -1;
        }
        int length = (int) Math.min(dst.remaining(), known - position);
        if (length == 0) {
            return 0;
        }
        long first = position / UNIT;
        byte[] units = readUnits(first, (position + length - 1) / UNIT - first + 1);
        dst.put(units, (int) (position - first * UNIT), length);
        return length;
    }

    @Override
    public synchronized int write(ByteBuffer src, long position) throws IOException {
        int length = src.remaining();
        if (length == 0) {
            return 0;
        }
        long oldSize = size;
        long present = unitsOf(oldSize);
        long first = position / UNIT;
        long last = (position + length - 1) / UNIT;
        for (long gap = present; gap < first; gap++) { // a write past the end: the units between hold zeros
            writeUnits(gap, new byte[UNIT]);
        }
        byte[] units = new byte[(int) ((last - first + 1) * UNIT)];
        int start = (int) (position - first * UNIT);
        if (start != 0 && first < present) {
            System.arraycopy(readUnits(first, 1), 0, units, 0, UNIT);
        }
        if ((start + length) % UNIT != 0 && last < present && (last != first || start == 0)) {
            System.arraycopy(readUnits(last, 1), 0, units, units.length - UNIT, UNIT);
        }
        src.get(units, start, length);
        writeUnits(first, units);
        long newSize = Math.max(oldSize, position + length);
        size = newSize;
        fitLength(newSize);
        return length;
    }

    @Override
    protected synchronized void implTruncate(long newSize) throws IOException {
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        if (newSize >= size) {
            return;
        }
        size = newSize; // a read meanwhile stops at the new end rather than running into it
        base.truncate(HEADER + unitsOf(newSize) * UNIT);
        int rest = (int) (newSize % UNIT);
        if (rest != 0) { // what was cut off the last unit reads as zeros if the file grows again
            long last = newSize / UNIT;
            byte[] unit = readUnits(last, 1);
            Arrays.fill(unit, rest, UNIT, (byte) 0);
            writeUnits(last, unit);
        }
        fitLength(newSize);
    }

    /** Makes the length on disk tell {@code newSize}: whole units, then the rest as that many bytes. */
    private void fitLength(long newSize) throws IOException {
        long units = HEADER + unitsOf(newSize) * UNIT;
        long wanted = units + newSize % UNIT;
        long now = base.size();
        if (now > wanted) {
            base.truncate(wanted);
        } else if (now < wanted) {
            writeFully(base, ByteBuffer.allocate((int) (wanted - Math.max(now, units))), Math.max(now, units));
        }
    }

    private static long unitsOf(long bytes) {
        return (bytes + UNIT - 1) / UNIT;
    }

    private byte[] readUnits(long first, long count) throws IOException {
        byte[] units = new byte[(int) (count * UNIT)];
        readFully(base, ByteBuffer.wrap(units), HEADER + first * UNIT);
        for (int i = 0; i < count; i++) {
            xts.decrypt(first + i, units, i * UNIT);
        }
        return units;
    }

    private void writeUnits(long first, byte[] units) throws IOException {
        for (int i = 0; i < units.length / UNIT; i++) {
            xts.encrypt(first + i, units, i * UNIT);
        }
        writeFully(base, ByteBuffer.wrap(units), HEADER + first * UNIT);
    }

    private static void readFully(FileChannel channel, ByteBuffer dst, long position) throws IOException {
        while (dst.hasRemaining()) {
            int read = channel.read(dst, position);
            if (read < 0) {
                throw new EOFException("the file ends inside a unit");
            }
            position += read;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer src, long position) throws IOException {
        while (src.hasRemaining()) {
            position += channel.write(src, position);
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    /** Copies the file as it lies on disk, encrypted, header and all, up to its current end. */
    void copyEncryptedTo(OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long end = base.size();
        for (long position = 0; position < end; ) {
            int read = base.read(buffer.clear().limit((int) Math.min(buffer.capacity(), end - position)), position);
            if (read < 0) {
                throw new EOFException("the file ended while it was copied");
            }
            out.write(buffer.array(), 0, read);
            position += read;
        }
    }

    @Override
    protected void implCloseChannel() throws IOException {
        onClose.accept(this);
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
