package org.accord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark in its tiny mode, so it keeps running; it checks that figures come out, never how fast. */
class AccordBenchmarkTest {
    @TempDir
    Path folder;

    @Test
    void theTinyBenchmarkMeasuresEveryExportAndWritesItsFigures() throws Exception {
        List<AccordBenchmark.Figure> figures = AccordBenchmark.run(true);
        assertThat(figures).extracting(AccordBenchmark.Figure::task).containsExactly("open from database",
                "cell edit in memory", "cell edit to commit", "checks", "PDF export", "CSV export", "XLSX export", "JSON export");
        assertThat(figures).allSatisfy(f -> assertThat(f.minMs()).isPositive().isLessThanOrEqualTo(f.medianMs()));
        assertThat(AccordBenchmark.csvImport(true)).singleElement().satisfies(f -> {
            assertThat(f.task()).isEqualTo("CSV import to commit");
            assertThat(f.workshop()).isEqualTo("200");
            assertThat(f.minMs()).isPositive().isLessThanOrEqualTo(f.medianMs());
        });
        assertThat(AccordBenchmark.rounds(true)).extracting(AccordBenchmark.Figure::task)
                .containsExactly("close a round", "change view, 20 changes", "open, no rounds or history",
                        "open with 2 rounds, 40 edits");
        List<AccordBenchmark.MemoryFigure> memory = AccordBenchmark.undoMemory(true);
        assertThat(memory).singleElement().satisfies(m -> {
            assertThat(m.task()).isEqualTo("undo memory per letter typed");
            assertThat(m.steps()).isEqualTo(40);
        });
        Path file = folder.resolve("export.json");
        AccordBenchmark.write(new AccordBenchmark.Results(figures, memory, "test machine"), file);
        JsonNode written = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(written.get("times")).hasSize(figures.size());
        assertThat(written.get("times").get(4).get("task").asString()).isEqualTo("PDF export");
        assertThat(written.get("times").get(4).get("medianMs").asDouble()).isEqualTo(figures.get(4).medianMs());
        assertThat(written.get("memory").get(0).get("kilobytesPerStep").asDouble()).isEqualTo(memory.get(0).kilobytesPerStep());
        assertThat(written.get("machine").asString()).isEqualTo("test machine");
    }

    @Test
    void theRoomBenchmarkMeasuresAnswersToSavedAndWeighsThePage() throws Exception {
        RoomBenchmark.Figures room = RoomBenchmark.run(folder.resolve("room"), 20);
        assertThat(room.answers()).isEqualTo(20);
        assertThat(room.phones()).isEqualTo(10);
        assertThat(room.savedP50Ms()).isPositive().isLessThanOrEqualTo(room.savedP99Ms());
        assertThat(room.sixtyPhonesMs()).isPositive();
        assertThat(room.participantPageBytes()).isPositive().isLessThan(100_000);
        assertThat(room.leaderPageBytes()).isPositive().isLessThan(100_000);
        assertThat(RoomBenchmark.describe(room)).contains("answer to Saved p50");
    }

    @Test
    void theTinyTeamLibraryBenchmarkMeasuresOnTheRealServer() throws Exception {
        assertThat(AccordBenchmark.teamLibrary(true)).extracting(AccordBenchmark.Figure::task, AccordBenchmark.Figure::workshop)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PostgreSQL: open", "15×7"),
                        org.assertj.core.groups.Tuple.tuple("PostgreSQL: edit to commit", "15×7"),
                        org.assertj.core.groups.Tuple.tuple("PostgreSQL: 2 clients, 0 lost", "15×7"),
                        org.assertj.core.groups.Tuple.tuple("PostgreSQL: 2 clients, 1 workshop, as the rules say", "15×7"),
                        org.assertj.core.groups.Tuple.tuple("PostgreSQL: list", "50"));
    }

    @Test
    void theMeasurementDataTakesThePeersMatrixCsvLetterForLetter() throws Exception {
        Path csv = Files.writeString(folder.resolve("m3x3.csv"), """
                Activity,Solution Architect,Security Officer,Sponsor
                Vendor selection,A,R,
                "Data, privacy review",C,A,R
                Training rollout,,I,A
                """);
        Path data = folder.resolve("data");
        BenchData.main(new String[] {data.toString(), csv.toString()});
        try (org.accord.store.h2.H2WorkshopStore store = org.accord.store.h2.H2WorkshopStore.open(data)) {
            org.accord.domain.Workshop w = store.load(store.list().get(0).id());
            assertThat(w.title()).isEqualTo("m3x3");
            assertThat(w.roles()).extracting(org.accord.domain.Role::name)
                    .containsExactly("Solution Architect", "Security Officer", "Sponsor");
            assertThat(w.roles()).extracting(org.accord.domain.Role::shortLabel).containsExactly("SA", "SO", "S");
            assertThat(w.activities()).extracting(org.accord.domain.Activity::name)
                    .containsExactly("Vendor selection", "Data, privacy review", "Training rollout");
            StringBuilder letters = new StringBuilder();
            for (var a : w.activities()) {
                for (var r : w.roles()) {
                    letters.append(w.letter(a.id(), r.id()).map(org.accord.domain.Raci::letter).orElse("."));
                }
            }
            assertThat(letters).hasToString("AR.CAR.IA");
        }
    }
}
