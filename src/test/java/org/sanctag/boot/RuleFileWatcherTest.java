package org.sanctag.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on real files: every way an operator or Kubernetes replaces a rule file is seen, once. */
class RuleFileWatcherTest {

    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void anUntouchedFileIsNoChange(@TempDir Path dir) throws IOException {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        RuleFileWatcher watcher = new RuleFileWatcher(rules, changes::incrementAndGet);
        assertFalse(watcher.poll());
        assertFalse(watcher.poll());
        assertEquals(0, changes.get());
    }

    @Test
    void seesAnAtomicReplaceOnceAndOnlyOnce(@TempDir Path dir) throws IOException {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        RuleFileWatcher watcher = new RuleFileWatcher(rules, changes::incrementAndGet);
        Path next = write(dir.resolve("rules.yaml.new"), "version: 2\n");
        Files.move(next, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(watcher.poll());
        assertFalse(watcher.poll(), "the same file again is no second change");
        assertEquals(1, changes.get());
    }

    @Test
    void seesAnEditThatKeepsTheSizeAndTheModificationTime(@TempDir Path dir) throws IOException {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        FileTime time = Files.getLastModifiedTime(rules);
        RuleFileWatcher watcher = new RuleFileWatcher(rules, changes::incrementAndGet);
        write(rules, "version: 2\n");
        Files.setLastModifiedTime(rules, time);
        assertTrue(watcher.poll(), "the content digest differs");
    }

    @Test
    void seesANewModificationTimeAlone(@TempDir Path dir) throws IOException {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        RuleFileWatcher watcher = new RuleFileWatcher(rules, changes::incrementAndGet);
        Files.setLastModifiedTime(
                rules, FileTime.fromMillis(Files.getLastModifiedTime(rules).toMillis() + 5_000));
        assertTrue(watcher.poll());
    }

    /**
     * A ConfigMap volume: {@code rules.yaml -> ..data/rules.yaml}, {@code ..data -> ..<timestamp>}.
     * An update writes a new timestamped directory and renames a new {@code ..data} link over the old
     * one; the file's own path never changes, and the new copy may keep the old time and size.
     */
    @Test
    void seesAConfigMapSymlinkSwapOnTheFileAndOnTheDirectory(@TempDir Path volume) throws IOException {
        Path first = Files.createDirectory(volume.resolve("..2026_12_02_07_00_00.000000001"));
        FileTime time = Files.getLastModifiedTime(write(first.resolve("rules.yaml"), "version: 1\n"));
        Files.createSymbolicLink(volume.resolve("..data"), first.getFileName());
        Path rules = Files.createSymbolicLink(volume.resolve("rules.yaml"), Path.of("..data/rules.yaml"));
        RuleFileWatcher onFile = new RuleFileWatcher(rules, changes::incrementAndGet);
        RuleFileWatcher onDirectory = new RuleFileWatcher(volume, changes::incrementAndGet);

        Path second = Files.createDirectory(volume.resolve("..2026_12_02_07_01_00.000000002"));
        Files.setLastModifiedTime(write(second.resolve("rules.yaml"), "version: 2\n"), time);
        Path link = Files.createSymbolicLink(volume.resolve("..data_tmp"), second.getFileName());
        Files.move(link, volume.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        assertEquals("version: 2\n", Files.readString(rules));
        assertTrue(onFile.poll(), "the file's link now leads elsewhere");
        assertTrue(onDirectory.poll(), "a file of the directory now leads elsewhere");
        assertFalse(onFile.poll());
        assertFalse(onDirectory.poll());
    }

    @Test
    void aFileThatDisappearsIsAChangeSoTheReloadCanSayWhy(@TempDir Path dir) throws IOException {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        RuleFileWatcher watcher = new RuleFileWatcher(rules, changes::incrementAndGet);
        Files.delete(rules);
        assertTrue(watcher.poll());
        assertFalse(watcher.poll());
        write(rules, "version: 1\n");
        assertTrue(watcher.poll(), "and its return is one too");
    }

    @Test
    void startedItPollsOnItsOwnAtTheInterval(@TempDir Path dir) throws Exception {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        CountDownLatch seen = new CountDownLatch(1);
        try (RuleFileWatcher watcher = new RuleFileWatcher(rules, seen::countDown)) {
            watcher.start(Duration.ofMillis(50));
            Path next = write(dir.resolve("next.yaml"), "version: 2\n");
            Files.move(next, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(seen.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aCallbackThatThrowsDoesNotStopTheWatching(@TempDir Path dir) throws Exception {
        Path rules = write(dir.resolve("rules.yaml"), "version: 1\n");
        CountDownLatch calls = new CountDownLatch(2);
        try (RuleFileWatcher watcher = new RuleFileWatcher(rules, () -> {
            calls.countDown();
            throw new IllegalStateException("a reload that blew up");
        })) {
            watcher.start(Duration.ofMillis(50));
            write(rules, "version: 2\n");
            Thread.sleep(300);
            write(rules, "version: 3\n");
            assertTrue(calls.await(5, TimeUnit.SECONDS));
        }
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content);
    }
}
