package org.accord.store.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.store.WorkshopSummary;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.testing.GeneratedWorkshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accord.testing.MovingClock;

class BackupsTest {
    @TempDir
    Path data;


    @Test
    void rotationKeepsTheLastTenPlusTheNewestOfEachOfTheLastSevenDays() throws Exception {
        MovingClock clock = new MovingClock(Instant.parse("2026-11-01T09:00:00Z"));
        Backups backups = new Backups(data, clock);
        Path database = Files.write(data.resolve("accord.mv.db"), new byte[] {1, 2, 3});
        for (int day = 0; day < 12; day++) {
            for (int i = 0; i < 3; i++) {
                clock.moveTo(Instant.parse("2026-11-01T09:00:00Z").plus(Duration.ofDays(day)).plusSeconds(3600L * i));
                backups.keep(backups.copyBeforeOpen(database), "opened", day * 3L + i, List.of());
            }
        }
        List<Backup> kept = backups.list();
        // 36 taken over 12 days (the last on 12 Nov): the newest 10 span 9–12 Nov; days 6–8 Nov add one each.
        assertThat(kept).hasSize(13);
        assertThat(kept.subList(0, 10)).extracting(Backup::editSequence)
                .containsExactly(35L, 34L, 33L, 32L, 31L, 30L, 29L, 28L, 27L, 26L);
        Set<LocalDate> days = kept.stream().map(b -> LocalDate.ofInstant(b.takenAt(), ZoneOffset.UTC)).collect(Collectors.toSet());
        for (int d = 6; d <= 12; d++) {
            assertThat(days).contains(LocalDate.of(2026, 11, d));
        }
        assertThat(kept.get(10).editSequence()).as("the newest of 8 Nov").isEqualTo(23L);
        try (var files = Files.list(backups.folder())) {
            assertThat(files.filter(f -> f.toString().endsWith(".properties")).count()).isEqualTo(13);
        }
    }

    @Test
    void aBackupWhoseListIsLostIsStillListedAndRotated() throws Exception {
        MovingClock clock = new MovingClock(Instant.parse("2026-11-01T09:00:00Z"));
        Backups backups = new Backups(data, clock);
        Path database = Files.write(data.resolve("accord.mv.db"), new byte[] {1, 2, 3});
        Backup kept = backups.keep(backups.copyBeforeOpen(database), "opened", 7, List.of());
        Files.delete(backups.folder().resolve(kept.file().getFileName().toString().replace(".zip", ".properties")));
        assertThat(backups.list()).singleElement().satisfies(b -> {
            assertThat(b.file()).isEqualTo(kept.file());
            assertThat(b.reason()).isEqualTo("unknown");
        });
    }

    @Test
    void aBackupOfTheOpenDatabaseRestoresItsWorkshopsAndTheReplacedFileIsKept() throws Exception {
        Clock clock = Clock.systemUTC();
        Backups backups = new Backups(data, clock);
        List<WorkshopSummary> before;
        Backup backup;
        try (H2WorkshopStore store = H2WorkshopStore.open(data, clock)) {
            store.create(GeneratedWorkshop.of(30, 6));
            store.create(GeneratedWorkshop.of(10, 3));
            backup = store.backupTo(backups, "closed");
            before = store.list();
            store.delete(before.get(0).id());
        }
        assertThat(backup.reason()).isEqualTo("closed");
        assertThat(backup.workshops()).extracting(Backup.Workshop::title)
                .containsExactlyElementsOf(before.stream().map(WorkshopSummary::title).toList());
        try (H2WorkshopStore restored = H2WorkshopStore.restore(data, backup, clock)) {
            assertThat(restored.list()).isEqualTo(before);
        }
        try (var files = Files.list(backups.folder())) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
    }
}
