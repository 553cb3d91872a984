package org.accord.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.AccordException;
import org.accord.domain.Workshop;
import org.accord.store.backup.Backups;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start screen's view of the saved workshops, over a real H2 file: what the store holds, nothing lost between. */
class WorkshopLibraryTest {
    @TempDir
    Path data;

    private final TemplateCatalog catalog = new TemplateCatalog();

    private Workshop unsaved(String title) {
        return catalog.newWorkshop(TemplateCatalog.CIO_CMO, title, Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void theLibraryListsOpensRenamesDuplicatesAndDeletesWhatTheStoreHolds() {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            WorkshopLibrary library = new StoreLibrary(store);
            Workshop spring = library.create(unsaved("Spring alignment"));
            assertThat(library.list()).singleElement().satisfies(saved -> {
                assertThat(saved.id()).isEqualTo(spring.id());
                assertThat(saved.title()).isEqualTo("Spring alignment");
                assertThat(saved.activities()).isEqualTo(spring.activities().size());
                assertThat(saved.roles()).isEqualTo(spring.roles().size());
            });
            assertThat(library.open(spring.id())).isEqualTo(store.load(spring.id()));
            assertThat(library.open("Spring alignment").id()).isEqualTo(spring.id());
            assertThat(library.open(String.valueOf(spring.id())).id()).isEqualTo(spring.id());
            assertThatThrownBy(() -> library.open("Autumn")).isInstanceOf(AccordException.class)
                    .hasMessageContaining("No workshop has the id or the exact title");

            library.rename(spring.id(), "Spring alignment, first day");
            Workshop followUp = library.duplicate(spring.id(), "Spring alignment, follow-up");
            assertThat(library.list()).extracting(SavedWorkshop::title)
                    .containsExactlyInAnyOrder("Spring alignment, first day", "Spring alignment, follow-up");
            library.delete(spring.id());
            assertThat(library.list()).extracting(SavedWorkshop::id).containsExactly(followUp.id());
        }
    }

    @Test
    void aBackupIsListedWithItsWorkshopsAndRestoredAsTheStoreReopened() {
        Clock clock = Clock.systemUTC();
        Backups backups = new Backups(data, clock);
        H2WorkshopStore[] open = {H2WorkshopStore.open(data, clock)};
        try {
            new StoreLibrary(open[0]).create(unsaved("Kept in the backup"));
            open[0].backupTo(backups, "closed");
            new StoreLibrary(open[0]).create(unsaved("Made after the backup"));
            // As the window does it: close the open store, put the backup in place, reopen.
            WorkshopBackups shelf = new StoreBackups(backups, backup -> {
                open[0].close();
                open[0] = H2WorkshopStore.restore(data, backup, clock);
                return open[0];
            });
            assertThat(shelf.folder()).isEqualTo(backups.folder());
            BackupCopy newest = shelf.list().get(0);
            assertThat(newest.reason()).isEqualTo("closed");
            assertThat(newest.workshops()).extracting(BackupCopy.HeldWorkshop::title).containsExactly("Kept in the backup");

            WorkshopLibrary restored = shelf.restore(newest);
            assertThat(restored.list()).extracting(SavedWorkshop::title).containsExactly("Kept in the backup");
        } finally {
            open[0].close();
        }
    }
}
