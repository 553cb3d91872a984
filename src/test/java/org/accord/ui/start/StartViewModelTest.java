package org.accord.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accord.catalog.Template;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.session.SavedWorkshop;
import org.accord.session.StoreBackups;
import org.accord.session.StoreLibrary;
import org.accord.store.WorkshopSummary;
import org.accord.store.backup.Backups;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.CurrentThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start screen's view model without a window: a real H2 file, work run at once ({@link CurrentThreadTasks}),
 * and what it opens collected instead of shown. The model reaches the file through the session layer's
 * {@link StoreLibrary} and {@link StoreBackups}, as the window gives them.
 */
class StartViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private H2WorkshopStore store;
    private final List<Workshop> opened = new ArrayList<>();
    private StartViewModel model;
    private final TemplateCatalog catalog = new TemplateCatalog();

    @BeforeEach
    void openTheStore() {
        store = H2WorkshopStore.open(data, CLOCK);
        model = new StartViewModel(CurrentThreadTasks.immediate(), CLOCK, opened::add,
                new StoreBackups(new Backups(data, CLOCK), backup -> H2WorkshopStore.restore(data, backup, CLOCK)));
        model.templatesRead(catalog);
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    @Test
    void aFirstRunOffersTheSampleUntilAWorkshopIsSaved() {
        assertThat(model.firstRun().get()).as("not known before the list is read").isFalse();
        model.openSample(); // pressed before the workshops are open: nothing happens, nothing breaks
        assertThat(opened).isEmpty();
        model.storeOpened(new StoreLibrary(store));
        assertThat(model.firstRun().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("No saved workshops yet. Create one above.");

        model.openSample();

        assertThat(opened).singleElement().satisfies(w -> assertThat(w.details().organization()).isEqualTo("Acme Retail"));
        model.refresh();
        assertThat(model.firstRun().get()).isFalse();
        assertThat(model.allWorkshops()).extracting(SavedWorkshop::title).containsExactly(opened.get(0).title());
    }

    @Test
    void aBlankTitleIsRefusedAndAGoodOneIsSavedOpenedAndTheFieldCleared() {
        model.storeOpened(new StoreLibrary(store));
        Template template = model.templates().get(0);
        model.newTitleProperty().set("   ");
        model.create(template);
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(opened).isEmpty();

        model.newTitleProperty().set("  Spring alignment ");
        model.create(template);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(opened).singleElement().satisfies(w -> assertThat(w.title()).isEqualTo("Spring alignment"));
        assertThat(model.newTitleProperty().get()).isEmpty();
        assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly("Spring alignment");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void theSearchFiltersByTitleOrOrganizationAndTheFullListStays() {
        saved("Spring alignment", "Acme Retail");
        saved("Budget review", "Globex");
        model.storeOpened(new StoreLibrary(store));

        model.searchProperty().set("  ACME ");
        assertThat(model.visibleWorkshops()).extracting(SavedWorkshop::title).containsExactly("Spring alignment");
        model.searchProperty().set("review");
        assertThat(model.visibleWorkshops()).extracting(SavedWorkshop::title).containsExactly("Budget review");
        model.searchProperty().set("nothing like it");
        assertThat(model.visibleWorkshops()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("No saved workshop matches your search.");
        assertThat(model.allWorkshops()).hasSize(2);
        model.searchProperty().set("");
        assertThat(model.visibleWorkshops()).hasSize(2);
    }

    @Test
    void openRenameDuplicateAndDeleteWorkOnTheFileAndRefreshTheList() {
        Workshop spring = saved("Spring alignment", "Acme Retail");
        model.storeOpened(new StoreLibrary(store));
        SavedWorkshop summary = model.allWorkshops().get(0);

        model.open(summary);
        assertThat(opened).singleElement().satisfies(w -> assertThat(w.id()).isEqualTo(spring.id()));

        model.rename(summary, "Spring alignment, day 1");
        assertThat(model.allWorkshops()).extracting(SavedWorkshop::title).containsExactly("Spring alignment, day 1");

        model.duplicate(model.allWorkshops().get(0), "Spring alignment, follow-up");
        assertThat(model.allWorkshops()).extracting(SavedWorkshop::title)
                .containsExactlyInAnyOrder("Spring alignment, day 1", "Spring alignment, follow-up");

        model.delete(model.allWorkshops().stream().filter(w -> w.title().endsWith("day 1")).findFirst().orElseThrow());
        assertThat(model.allWorkshops()).extracting(SavedWorkshop::title).containsExactly("Spring alignment, follow-up");
        assertThat(store.list()).extracting(WorkshopSummary::title).containsExactly("Spring alignment, follow-up");
    }

    @Test
    void aWorkshopThatIsGoneSaysWhyAndTheScreenIsNotLeftBusy() {
        Workshop gone = saved("Gone", "");
        model.storeOpened(new StoreLibrary(store));
        SavedWorkshop summary = model.allWorkshops().get(0);
        store.delete(gone.id());

        model.open(summary);

        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).isNotEmpty().doesNotContain("Exception");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aDatabaseThatCannotBeOpenedShowsWhyAndNoList() {
        model.storeFailed("Accord could not open your workshops.");
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEqualTo("Accord could not open your workshops.");
        assertThat(model.firstRun().get()).as("an unreadable file is no first run").isFalse();
        assertThat(model.allWorkshops()).isEmpty();
    }

    private Workshop saved(String title, String organization) {
        Workshop w = catalog.newWorkshop(TemplateCatalog.CIO_CMO, title, CLOCK.instant());
        return store.create(w.withDetails(new WorkshopDetails(title, organization, w.details().date(), "", "")));
    }
}
