package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.store.h2.H2WorkshopStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is editing through the window's code path ({@link EditingChild}) at random moments; after
 * each kill the file opens with no manual step, holds every acknowledged edit, and no edit is half-applied.
 * The normal suite kills 3 times; {@code mvn -Pcrash verify} kills 50 times ({@code -Daccord.kills=N}) and writes
 * the figures to {@code target/crash-report.txt}.
 */
class CrashTest {
    @TempDir
    Path data;

    @Test
    void killedMidEditEveryAcknowledgedEditIsThereAndNoneIsHalfApplied() throws Exception {
        int kills = Integer.getInteger("accord.kills", 3);
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            id = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Crash test", Instant.now())).id();
        }
        Random random = new Random(20261122);
        List<String> report = new ArrayList<>();
        int acknowledged = 0;
        int lost = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process child = ChildJvm.start(EditingChild.class, data.toString(), String.valueOf(id), "edit");
            List<String> lines = ChildJvm.collectLines(child);
            ChildJvm.awaitLine(child, lines, "READY");
            Thread.sleep(20 + random.nextInt(300));
            child.destroyForcibly().waitFor();
            int lastAck = ChildJvm.lastAck(lines);
            try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
                Workshop w = store.load(id);
                int savedUpTo = w.details().notes().isEmpty() ? -1 : Integer.parseInt(w.details().notes());
                lost += Math.max(0, lastAck - savedUpTo);
                acknowledged += lastAck + 1;
                assertThat(savedUpTo).as("edits saved after kill %d", kill).isGreaterThanOrEqualTo(lastAck);
                for (int n = 0; n < EditingChild.cellCount(w); n++) {
                    UUID activity = w.activities().get(n / w.roles().size()).id();
                    UUID role = w.roles().get(n % w.roles().size()).id();
                    if (n <= savedUpTo) {
                        assertThat(w.letter(activity, role)).as("letter of edit %d", n).contains(EditingChild.expectedLetter(n));
                    } else {
                        assertThat(w.letter(activity, role)).as("no letter of unsaved edit %d", n).isEmpty();
                    }
                }
                // The guide's document was written in the same transactions: one action item per saved edit.
                assertThat(w.guide().actions()).as("action items after kill %d", kill)
                        .extracting(a -> a.what()).containsExactlyElementsOf(
                                java.util.stream.IntStream.rangeClosed(0, savedUpTo).mapToObj(n -> "Action " + n).toList());
                report.add(String.format("kill %2d: last acknowledged edit %3d, saved up to %3d", kill, lastAck, savedUpTo));
                // The next round starts from an empty matrix again.
                Workshop cleared = w;
                for (var cell : w.letters().keySet()) {
                    cleared = cleared.withLetter(cell.activityId(), cell.roleId(), null);
                }
                store.save(w, cleared.withDetails(new WorkshopDetails(w.title(), "", w.details().date(), "", ""))
                        .withGuide(w.guide().withActions(List.of())));
            }
        }
        report.add(String.format("%d kills, %d acknowledged edits, %d lost", kills, acknowledged, lost));
        System.out.println(String.join(System.lineSeparator(), report));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("crash-report.txt"), String.join(System.lineSeparator(), report) + "\n");
        }
        assertThat(lost).isZero();
    }

    /**
     * Ended by the system instead (log-out, shut-down, {@code kill}: SIGTERM) while editing, the program finishes
     * the save under way and closes the database before it goes: H2 marks the file's header "clean:1" only on a
     * clean close, and every acknowledged edit is in it.
     */
    @Test
    void endedBySigtermTheDatabaseIsClosedCleanWithEveryAcknowledgedEdit() throws Exception {
        long id;
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            id = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Terminated", Instant.now())).id();
        }
        Process child = ChildJvm.start(EditingChild.class, data.toString(), String.valueOf(id), "edit");
        List<String> lines = ChildJvm.collectLines(child);
        ChildJvm.awaitLine(child, lines, "ACK 5");
        child.destroy(); // SIGTERM on Linux and macOS, while the edits go on
        child.waitFor();
        int lastAck = ChildJvm.lastAck(lines);
        assertThat(lastAck).as("the child was editing when it was ended").isGreaterThanOrEqualTo(0);
        byte[] header = new byte[4096];
        try (var in = Files.newInputStream(data.resolve(H2WorkshopStore.DATABASE_NAME + ".mv.db"))) {
            int read = in.readNBytes(header, 0, header.length);
            assertThat(new String(header, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("the database file's header after SIGTERM").contains(",clean:1,");
        }
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            Workshop w = store.load(id);
            int savedUpTo = w.details().notes().isEmpty() ? -1 : Integer.parseInt(w.details().notes());
            assertThat(savedUpTo).isGreaterThanOrEqualTo(lastAck);
        }
    }
}
