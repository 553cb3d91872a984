package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a really full disk: a 4 MB tmpfs, filled up by another file. Saving fails with a message that
 * says the disk is full, keeps every edit in memory, and resumes by itself once space is freed, even though H2 closed
 * the database when its write failed (before, every later save said "the database was closed; start Accord again",
 * and 6 of 6 letters were lost, issue 21).
 *
 * <p>Mounting needs root, which CI has (it runs as root); elsewhere the test is skipped and says why.
 */
class DiskFullTest {
    @TempDir
    Path scratch;

    private Path small;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        small = scratch.resolve("small-disk");
        Files.createDirectories(small);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes());
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "A small disk needs root to mount (CI runs as root): " + output);
    }

    @AfterEach
    void unmount() throws Exception {
        if (small != null) {
            new ProcessBuilder("umount", "-l", small.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void savingOnAFullDiskSaysSoKeepsTheEditsAndResumesOnceSpaceIsFreed() throws Exception {
        Path data = small.resolve("accord-data");
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            id = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Full disk", Instant.now())).id();
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            WorkshopSession session = new WorkshopSession(store, store.load(id), Clock.systemUTC());
            type(session, 0);
            session.saveNow();

            Path filler = small.resolve("filler");
            fillTheDisk(filler);
            for (int n = 1; n <= 6; n++) {
                type(session, n);
                assertThatThrownBy(session::saveNow).as("saving letter %d on a full disk", n)
                        .isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "SQL")
                                .containsAnyOf("disk is full", "disk has space"));
                assertThat(session.isSaved()).isFalse();
            }

            Files.delete(filler);
            Workshop saved = session.saveNow(); // the next try, as the window makes every few seconds
            assertThat(session.isSaved()).isTrue();
            assertThat(saved.letters()).hasSize(7);
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop reopened = store.load(id);
            for (int n = 0; n <= 6; n++) {
                assertThat(reopened.letter(activity(reopened, n), reopened.roles().get(0).id()))
                        .as("letter %d after space came back", n).contains(Raci.R);
            }
        }
    }

    private static void type(WorkshopSession session, int n) {
        session.apply(new Edit("letter " + n, w -> w.withLetter(activity(w, n), w.roles().get(0).id(), Raci.R)));
    }

    private static UUID activity(Workshop w, int n) {
        return w.activities().get(n).id();
    }

    /** Writes until the disk says it is full. */
    private static void fillTheDisk(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left");
        }
    }
}
