package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Edit;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.domain.guide.ActionItem;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every 4 KB page of a real workshop file damaged in turn, with zeros and with random bytes: each is either harmless
 * (every workshop reads back exactly as saved, and a new change saves) or detected at open as damage, and nothing
 * hangs. Before, a zeroed page passed the checks at open and showed only when the workshop was opened ("Accord will
 * try again" for ever), and another silently dropped letters (issue 21). Figures in
 * {@code target/damage-report.txt}.
 */
class EveryPageDamageTest {
    private static final int PAGE = 4096;

    @TempDir
    Path data;

    /** The file as a closed store leaves it: compacted at close. */
    @Test
    void everyDamagedPageOfAClosedFileIsHarmlessOrDetectedAndNothingHangs() throws Exception {
        Path original = data.resolve("original");
        List<Workshop> saved = workshopsSavedOverThreeSessions(original, false);
        damageEveryPage(original, saved, "closed");
    }

    /** The file as a killed program leaves it: copied while the store is open, after its last save. */
    @Test
    void everyDamagedPageOfAFileLeftByAKilledProgramIsHarmlessOrDetectedAndNothingHangs() throws Exception {
        Path original = data.resolve("original");
        List<Workshop> saved = workshopsSavedOverThreeSessions(original, true);
        damageEveryPage(original, saved, "killed");
    }

    private void damageEveryPage(Path original, List<Workshop> saved, String kind) throws Exception {
        byte[] file = Files.readAllBytes(original.resolve("copy-" + H2WorkshopStore.DATABASE_NAME + ".mv.db"));
        byte[] sidecar = Files.readAllBytes(original.resolve("accord.edits"));
        int pages = file.length / PAGE;
        Random random = new Random(21);
        ExecutorService opener = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "open a damaged file");
            thread.setDaemon(true); // a hang must not keep the test JVM alive
            return thread;
        });
        List<String> problems = new ArrayList<>();
        int harmless = 0;
        int detected = 0;
        try {
            for (String how : List.of("zeros", "random bytes")) {
                for (int page = 0; page < pages; page++) {
                    Path folder = data.resolve(kind + "-" + how.charAt(0) + "-" + page);
                    Files.createDirectories(folder);
                    byte[] damaged = file.clone();
                    for (int i = page * PAGE; i < (page + 1) * PAGE; i++) {
                        damaged[i] = how.equals("zeros") ? 0 : (byte) random.nextInt(256);
                    }
                    Files.write(folder.resolve(H2WorkshopStore.DATABASE_NAME + ".mv.db"), damaged);
                    Files.write(folder.resolve("accord.edits"), sidecar);
                    Future<String> outcome = opener.submit(() -> openAndCompare(folder, saved));
                    String result;
                    try {
                        result = outcome.get(30, TimeUnit.SECONDS);
                    } catch (TimeoutException hang) {
                        outcome.cancel(true);
                        result = "hangs";
                    }
                    if (result.equals("harmless")) {
                        harmless++;
                    } else if (result.equals("detected")) {
                        detected++;
                    } else {
                        problems.add("page " + page + " (" + how + "): " + result);
                    }
                }
            }
        } finally {
            opener.shutdownNow();
        }
        String report = String.format("File %s: %d pages x 2 kinds of damage: %d harmless, %d detected, %d neither%n%s",
                kind, pages, harmless, detected, problems.size(), String.join(System.lineSeparator(), problems));
        System.out.println(report);
        if (Files.isDirectory(Path.of("target"))) {
            Files.writeString(Path.of("target", "damage-report-" + kind + ".txt"), report);
        }
        assertThat(problems).as("pages whose damage was neither harmless nor detected").isEmpty();
        assertThat(detected).as("damage detected at all (the test damaged pages that matter)").isPositive();
    }

    /** "harmless", "detected", or what went wrong instead. */
    private static String openAndCompare(Path folder, List<Workshop> saved) {
        try (H2WorkshopStore store = H2WorkshopStore.open(folder)) {
            for (Workshop expected : saved) {
                Workshop read = store.load(expected.id());
                if (!read.equals(expected)) {
                    return "opened, but workshop " + expected.id() + " differs from what was saved";
                }
            }
            Workshop first = saved.get(0);
            store.save(first, first.withLetter(first.activities().get(0).id(), first.roles().get(0).id(), Raci.I));
            return "harmless";
        } catch (DamagedStoreException e) {
            return "detected";
        } catch (StoreException e) {
            // A damaged page inside a workshop's agenda document reads as text that no longer parses: that one
            // workshop says so when it is opened, and offers the backups (the file as a whole is sound).
            return e.getMessage().startsWith("This workshop's agenda and agreements cannot be read: their saved copy is damaged")
                    ? "detected" : "opened, then failed: " + e + " (cause: " + e.getCause() + ")";
        } catch (RuntimeException e) {
            return "opened, then failed: " + e;
        }
    }

    /**
     * The sample workshop and a second one, edited in three sittings (each open and close moves pages around); the
     * file is copied to {@code copy-accord.mv.db} after the last sitting's last save, before (or after) it closes.
     */
    private static List<Workshop> workshopsSavedOverThreeSessions(Path folder, boolean copyWhileOpen) throws Exception {
        TemplateCatalog catalog = new TemplateCatalog();
        long sample;
        long other;
        try (H2WorkshopStore store = H2WorkshopStore.open(folder)) {
            sample = store.create(catalog.newWorkshop(TemplateCatalog.SAMPLE, "Northwind", Instant.now())).id();
            other = store.create(catalog.newWorkshop(TemplateCatalog.CIO_CMO, "Second", Instant.now())).id();
        }
        for (int sitting = 0; sitting < 3; sitting++) {
            try (H2WorkshopStore store = H2WorkshopStore.open(folder)) {
                WorkshopSession session = new WorkshopSession(store, store.load(sample), Clock.systemUTC());
                for (int n = 0; n < 10; n++) {
                    int k = sitting * 10 + n;
                    session.apply(new Edit("edit " + k, w -> w
                            .withLetter(w.activities().get(k % w.activities().size()).id(), w.roles().get(1).id(),
                                    Raci.values()[k % 4])
                            .withGuide(w.guide().withActionAdded(ActionItem.create("Action " + k, "CIO", null)))));
                    session.saveNow();
                }
                if (sitting == 2 && copyWhileOpen) {
                    copyDatabase(folder);
                }
            }
        }
        if (!copyWhileOpen) {
            copyDatabase(folder);
        }
        // Read back from the copy's state: a store opened on the copy's folder would change nothing in the copy.
        try (H2WorkshopStore store = H2WorkshopStore.openForReading(folder)) {
            return List.of(store.load(sample), store.load(other));
        }
    }

    private static void copyDatabase(Path folder) throws java.io.IOException {
        Files.copy(folder.resolve(H2WorkshopStore.DATABASE_NAME + ".mv.db"),
                folder.resolve("copy-" + H2WorkshopStore.DATABASE_NAME + ".mv.db"));
    }
}
