package de.lotse.core.sync.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FolderShareTest {

    private static final String BATCH = "log/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/000001.batch";
    private static final byte[] CONTENT = bytes("first batch ".repeat(1_000));

    @TempDir
    Path root;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private FolderShare share(boolean links) {
        return new FolderShare(root, FolderShare.WriteHook.NONE, links);
    }

    @ParameterizedTest(name = "links {0}")
    @ValueSource(booleans = {true, false})
    void writesNewFilesInTheLotseFolderAndCreatesTheirFolders(boolean links) throws IOException {
        FolderShare share = share(links);
        assertThat(share.writeNew(BATCH, CONTENT)).isTrue();
        assertThat(share.read(BATCH)).hasValueSatisfying(read -> assertThat(read).isEqualTo(CONTENT));
        assertThat(root.resolve("lotse").resolve(BATCH)).hasBinaryContent(CONTENT);
        assertThat(share.isFolder("log")).isTrue();
        assertThat(share.isFolder(BATCH)).isFalse();
    }

    @ParameterizedTest(name = "links {0}")
    @ValueSource(booleans = {true, false})
    void neverReplacesAFile(boolean links) throws IOException {
        FolderShare share = share(links);
        assertThat(share.writeNew(BATCH, CONTENT)).isTrue();
        assertThat(share.writeNew(BATCH, bytes("other content"))).isFalse();
        assertThat(share.read(BATCH)).hasValueSatisfying(read -> assertThat(read).isEqualTo(CONTENT));
        assertThat(share.list("tmp")).isEmpty();
    }

    @ParameterizedTest(name = "links {0}")
    @ValueSource(booleans = {true, false})
    void leavesNoTemporaryFilesBehind(boolean links) throws IOException {
        FolderShare share = share(links);
        for (int seq = 1; seq <= 5; seq++) {
            share.writeNew("log/d1/" + seq + ".batch", CONTENT);
        }
        assertThat(share.list("tmp")).isEmpty();
        assertThat(share.list("log/d1")).containsExactly("1.batch", "2.batch", "3.batch", "4.batch", "5.batch");
    }

    /** Hard links fail atomically on an existing name, so of several writers exactly one gets it. */
    @Test
    void ofConcurrentWritersExactlyOneWins() throws Exception {
        FolderShare share = new FolderShare(root);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 25; round++) {
                String path = "log/d1/" + round + ".batch";
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    byte[] content = bytes("writer " + writer + " ".repeat(writer * 100));
                    results.add(pool.submit(() -> {
                        start.await();
                        return share.writeNew(path, content);
                    }));
                }
                start.countDown();
                List<Integer> winners = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    if (results.get(writer).get()) {
                        winners.add(writer);
                    }
                }
                assertThat(winners).as("round %d", round).hasSize(1);
                int winner = winners.getFirst();
                assertThat(share.read(path)).hasValueSatisfying(
                        read -> assertThat(read).isEqualTo(bytes("writer " + winner + " ".repeat(winner * 100))));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(share.list("tmp")).isEmpty();
    }

    @Test
    void listsNamesSortedAndMissingFoldersAsEmpty() throws IOException {
        FolderShare share = new FolderShare(root);
        assertThat(share.list("")).isEmpty();
        assertThat(share.list("log/nobody")).isEmpty();
        share.writeNew("devices/b.json", bytes("{}"));
        share.writeNew("devices/a.json", bytes("{}"));
        share.writeNew("REALM.json", bytes("{}"));
        assertThat(share.list("devices")).containsExactly("a.json", "b.json");
        assertThat(share.list("")).containsExactly("REALM.json", "devices", "tmp");
        assertThat(share.list("REALM.json")).isEmpty();
    }

    @Test
    void readsMissingFilesAsEmpty() throws IOException {
        assertThat(new FolderShare(root).read("REALM.json")).isEmpty();
    }

    @Test
    void isReachableWithoutItsLotseFolder() {
        assertThat(new FolderShare(root).reachable()).isTrue();
        assertThat(Files.exists(root.resolve("lotse"))).isFalse();
    }

    /** An unmounted share must never look like an empty one: that is how other tools came to delete data. */
    @Test
    void anUnreachableShareFailsInsteadOfLookingEmpty() {
        FolderShare share = new FolderShare(root.resolve("unmounted"));
        assertThat(share.reachable()).isFalse();
        assertThatIOException().isThrownBy(() -> share.list("log"));
        assertThatIOException().isThrownBy(() -> share.read("REALM.json"));
        assertThatIOException().isThrownBy(() -> share.writeNew("REALM.json", CONTENT));
        assertThatIOException().isThrownBy(() -> share.delete("REALM.json"));
        assertThat(Files.exists(root.resolve("unmounted"))).isFalse();
    }

    @Test
    void deletesFilesAndIgnoresMissingOnes() throws IOException {
        FolderShare share = new FolderShare(root);
        share.delete(BATCH);
        share.writeNew(BATCH, CONTENT);
        share.delete(BATCH);
        assertThat(share.read(BATCH)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "/etc/passwd", "log//1.batch", "log/./1.batch", "log/../REALM.json",
            "log\\1.batch", "C:/x", "log/", "a\nb"})
    void refusesPathsOutsideTheLotseFolder(String path) {
        FolderShare share = new FolderShare(root);
        assertThatIllegalArgumentException().isThrownBy(() -> share.writeNew(path, CONTENT));
        assertThatIllegalArgumentException().isThrownBy(() -> share.read(path));
    }

    /** The write fails at a step: the final name is absent before the move and complete after it; nothing in tmp/. */
    @ParameterizedTest(name = "fails at {0}, links {1}")
    @CsvSource({"temp-written,true", "temp-synced,true", "moved,true",
            "temp-written,false", "temp-synced,false", "moved,false"})
    void aWriteFailingAtAnyStepLeavesNoHalfFile(String failingStep, boolean links) throws IOException {
        FolderShare failing = new FolderShare(root, step -> {
            if (step.equals(failingStep)) {
                throw new IOException("cable pulled at " + step);
            }
        }, links);
        assertThatIOException().isThrownBy(() -> failing.writeNew(BATCH, CONTENT));
        Path target = root.resolve("lotse").resolve(BATCH);
        if (failingStep.equals("moved")) {
            assertThat(target).hasBinaryContent(CONTENT);
        } else {
            assertThat(target).doesNotExist();
            assertThat(share(links).writeNew(BATCH, CONTENT)).isTrue();
        }
        assertThat(failing.list("tmp")).isEmpty();
    }

    /**
     * What a process killed at each step would leave: the hook looks at the disk at that moment, before
     * any clean-up could run. The final name is absent or complete, never partial.
     */
    @ParameterizedTest(name = "links {0}")
    @ValueSource(booleans = {true, false})
    void aWriteKilledAtAnyStepLeavesNoHalfFile(boolean links) throws IOException {
        Path target = root.resolve("lotse").resolve(BATCH);
        List<String> seen = new ArrayList<>();
        FolderShare watched = new FolderShare(root, step -> {
            if (Files.exists(target)) {
                assertThat(target).as("at %s", step).hasBinaryContent(CONTENT);
                seen.add(step + ": complete");
            } else {
                seen.add(step + ": absent");
            }
        }, links);
        assertThat(watched.writeNew(BATCH, CONTENT)).isTrue();
        assertThat(seen).containsExactly("temp-written: absent", "temp-synced: absent", "moved: complete");
    }

    @Test
    void retriesWhenAScannerHoldsAFile() throws IOException {
        AtomicInteger denials = new AtomicInteger();
        FolderShare share = new FolderShare(root, step -> {
            if (step.equals("temp-written") && denials.getAndIncrement() < 2) {
                throw new AccessDeniedException("held by a scanner");
            }
        });
        assertThat(share.writeNew(BATCH, CONTENT)).isTrue();
        assertThat(denials).hasValue(3);
        assertThat(share.read(BATCH)).hasValueSatisfying(read -> assertThat(read).isEqualTo(CONTENT));
        assertThat(share.list("tmp")).isEmpty();
    }

    @Test
    void givesUpAfterAFewDenials() {
        AtomicInteger denials = new AtomicInteger();
        FolderShare share = new FolderShare(root, step -> {
            if (step.equals("temp-synced")) {
                denials.incrementAndGet();
                throw new AccessDeniedException("held for good");
            }
        });
        assertThatIOException().isThrownBy(() -> share.writeNew(BATCH, CONTENT)).isInstanceOf(AccessDeniedException.class);
        assertThat(denials.get()).isBetween(2, 10);
        assertThat(root.resolve("lotse").resolve(BATCH)).doesNotExist();
    }

    @Test
    void removesOnlyStaleTemporaries() throws IOException {
        FolderShare share = new FolderShare(root);
        Path tmp = Files.createDirectories(root.resolve("lotse").resolve("tmp"));
        Instant now = Instant.now();
        Path old = Files.writeString(tmp.resolve("crashed.tmp"), "half");
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofDays(1))));
        Files.writeString(tmp.resolve("in-flight.tmp"), "being written");
        assertThat(share.removeStaleTemporaries(now.minus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(share.list("tmp")).containsExactly("in-flight.tmp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000001.batch.tmp", "x.TMP", "000001 (conflicted copy 2024-11-05).batch",
            "REALM (Konflikt 2024-11-05).json", "desktop.ini", "Desktop.ini", ".DS_Store", "Thumbs.db",
            "~$notes.docx", ".hidden", ""})
    void recognisesForeignNames(String name) {
        assertThat(FolderShare.isForeignName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"REALM.json", "000001.batch", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.json", "tmp",
            "018c2e4f1a2b-0003-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"})
    void recognisesOwnNames(String name) {
        assertThat(FolderShare.isForeignName(name)).isFalse();
    }
}
