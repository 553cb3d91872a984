package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.accord.catalog.TemplateCatalog;
import org.accord.store.backup.Backups;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workshops, their backups, the sidecar and H2's trace file are readable by the user alone, whatever the data
 * folder's own permissions (one chosen with --data may be open to everyone) and the umask (022 here: new files
 * would be rw-r--r--).
 */
class PrivateFilesTest {
    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void inAFolderOpenToEveryoneTheDatabaseAndItsBackupsAreTheUsersAlone() throws Exception {
        Path data = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Merger talks", Instant.now()));
            store.backupTo(new Backups(data, java.time.Clock.systemUTC()), "closed");
        }
        try (H2WorkshopStore reopened = H2WorkshopStore.open(data)) { // a copy is kept as a backup at open
            assertThat(reopened.list()).hasSize(1);
        }
        assertThat(mode(data.resolve("accord.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("accord.edits"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("accord.trace.db"))).as("H2 appends to it; created private").isEqualTo("rw-------");
        Path backups = data.resolve(Backups.FOLDER);
        assertThat(mode(backups)).isEqualTo("rwx------");
        List<Path> kept;
        try (Stream<Path> files = Files.list(backups)) {
            kept = files.toList();
        }
        assertThat(kept).as("two zips and their lists of workshops").hasSizeGreaterThanOrEqualTo(4);
        for (Path file : kept) {
            assertThat(mode(file)).as(file.getFileName().toString()).isEqualTo("rw-------");
        }
        assertThat(mode(data)).as("a folder the user chose keeps its permissions").isEqualTo("rwxr-xr-x");
    }

    @Test
    void aDatabaseFileMadeReadableByEveryoneIsMadePrivateAtOpen() throws Exception {
        Path data = temp.resolve("data");
        H2WorkshopStore.open(data).close();
        assertThat(mode(data)).isEqualTo("rwx------");
        Files.setPosixFilePermissions(data.resolve("accord.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        H2WorkshopStore.open(data).close();
        assertThat(mode(data.resolve("accord.mv.db"))).isEqualTo("rw-------");
    }
}
