package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipInputStream;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.backup.Backup;
import org.accord.store.backup.Backups;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GeneratedWorkshop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damage done to the workshop file on purpose, case by case: each is detected, nothing older or empty is shown as
 * current, a copy of the damaged file is kept, and the newest good backup is offered and can be restored.
 */
class DamageTest {
    @TempDir
    Path data;

    private Path databaseFile;
    private List<WorkshopSummary> backedUp;

    /** How the file is damaged, and whether H2 may still read every current change (then it must show them all). */
    enum Damage {
        FIRST_BYTES(false), MIDDLE_PAGE(true), LAST_BYTES(true), TRUNCATED_TO_HALF(true), TRUNCATED_TO_HEADER(false),
        OLDER_COPY_PUT_BACK(false), ZERO_LENGTH(false), RANDOM_FILE_RENAMED(false), MISSING(false);

        final boolean mayStillHoldEverything;

        Damage(boolean mayStillHoldEverything) {
            this.mayStillHoldEverything = mayStillHoldEverything;
        }
    }

    private Path olderCopy;
    private List<Workshop> current;

    /** Three workshops, opened again (which backs them up), then one more saved change that no backup holds. */
    @BeforeEach
    void workshopsWithABackupAndALaterChange() {
        databaseFile = data.resolve("accord.mv.db");
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            for (int i = 0; i < 3; i++) {
                store.create(GeneratedWorkshop.of(60, 8));
            }
        }
        try {
            olderCopy = Files.copy(databaseFile, data.resolve("older-copy.mv.db"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            backedUp = store.list();
            Workshop w = store.load(backedUp.get(0).id());
            WorkshopSession session = new WorkshopSession(store, w, Clock.systemUTC());
            session.apply(new Edit("later", x -> x.withLetter(x.activities().get(0).id(), x.roles().get(3).id(), Raci.C)));
            session.saveNow();
            current = store.list().stream().map(summary -> store.load(summary.id())).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Damage.class)
    void damageIsDetectedACopyKeptAndTheNewestBackupOffered(Damage damage) throws IOException, InterruptedException {
        byte[] damagedBytes = damage(damage);
        // The command line's list and export open the file only to read it: the same damage is refused in the same
        // words (or, if H2 still reads every change, all are listed), and reading changes nothing in the file. In a
        // separate JVM, as a command runs: H2 keeps a file it failed to open read-only registered in its process.
        ChildJvm.Finished reading = ChildJvm.run(org.accord.Main.class, "--data", data.toString(), "list");
        String said = reading.output();
        if (reading.exitCode() == 0) {
            assertThat(damage.mayStillHoldEverything).as("%s must be detected when reading: %s", damage, said).isTrue();
            assertThat(said).contains(current.get(0).title()).contains(current.get(2).title());
        } else {
            assertThat(said).as("reading a file with " + damage).contains(databaseFile + " is damaged")
                    .contains("nothing older or empty").contains("The newest good backup is from")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(Files.exists(databaseFile) ? Files.readAllBytes(databaseFile) : new byte[0])
                .as("reading left the damaged file as it was").isEqualTo(damagedBytes);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
                // H2 keeps two file headers and older chunks: some damage leaves every change readable. Then
                // Accord must show all of them, exactly: never an older or emptier state.
                assertThat(store.list().stream().map(summary -> store.load(summary.id())).toList())
                        .as("%s opened without complaint, so it must hold every saved change", damage)
                        .isEqualTo(current);
            }
        });
        if (thrown == null) {
            assertThat(damage.mayStillHoldEverything).as("%s must be detected", damage).isTrue();
            System.out.println("Damage " + damage + ": H2 still read every change; opened as current");
            return;
        }
        assertThat(thrown).as("opening a file with " + damage).isInstanceOf(DamagedStoreException.class);
        DamagedStoreException failure = (DamagedStoreException) thrown;
        System.out.println("Damage " + damage + ": detected");
        assertThat(failure.getMessage()).contains(databaseFile + " is damaged").contains("nothing older or empty is shown")
                .contains("The newest good backup is from").contains("with 3 workshops").doesNotContain("Exception");
        assertThat(failure.newestBackup()).isPresent();
        if (damage != Damage.MISSING) {
            Path copy = failure.damagedCopy().orElseThrow();
            assertThat(unzip(copy)).as("the copy holds the file as it was found").isEqualTo(damagedBytes);
        }
        // Opening again still refuses: the damage never turns into "no workshops".
        assertThatThrownBy(() -> H2WorkshopStore.open(data)).isInstanceOf(DamagedStoreException.class);

        // Restoring the newest good backup sets the damaged file aside and opens the backed-up workshops.
        Backups backups = new Backups(data, Clock.systemUTC());
        Backup newest = backups.newest().orElseThrow();
        var setAside = backups.restore(newest, databaseFile, data.resolve("accord.edits"));
        assertThat(setAside.isPresent()).isEqualTo(damage != Damage.MISSING);
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            assertThat(store.list()).extracting(WorkshopSummary::title)
                    .containsExactlyElementsOf(backedUp.stream().map(WorkshopSummary::title).toList());
        }
    }

    @Test
    void aCleanCloseAndReopenIsNeverTakenForDamage() {
        for (int i = 0; i < 3; i++) {
            try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
                assertThat(store.list()).hasSize(3);
                store.rename(store.list().get(0).id(), "Renamed " + i);
            }
        }
    }

    private byte[] damage(Damage damage) throws IOException {
        long size = Files.size(databaseFile);
        Random random = new Random(damage.ordinal());
        switch (damage) {
            case FIRST_BYTES -> overwrite(0, 8192, random);
            case MIDDLE_PAGE -> overwrite(size / 2 - 32768, 65536, random);
            case LAST_BYTES -> overwrite(size - 16384, 16384, random);
            case TRUNCATED_TO_HALF -> truncate(size / 2);
            case TRUNCATED_TO_HEADER -> truncate(8192);
            case OLDER_COPY_PUT_BACK -> Files.copy(olderCopy, databaseFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            case ZERO_LENGTH -> Files.write(databaseFile, new byte[0]);
            case RANDOM_FILE_RENAMED -> {
                byte[] other = new byte[64 * 1024];
                random.nextBytes(other);
                Path elsewhere = Files.write(data.resolve("holiday-photo.jpg"), other);
                Files.move(elsewhere, databaseFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            case MISSING -> Files.delete(databaseFile);
        }
        return Files.exists(databaseFile) ? Files.readAllBytes(databaseFile) : new byte[0];
    }

    private void truncate(long length) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(databaseFile.toFile(), "rw")) {
            file.setLength(length);
        }
    }

    private void overwrite(long at, int length, Random random) throws IOException {
        byte[] junk = new byte[length];
        random.nextBytes(junk);
        try (RandomAccessFile file = new RandomAccessFile(databaseFile.toFile(), "rw")) {
            file.seek(at);
            file.write(junk);
        }
    }

    private static byte[] unzip(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo(Backups.DATABASE_ENTRY);
            return in.readAllBytes();
        }
    }

}
