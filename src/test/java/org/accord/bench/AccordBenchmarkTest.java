package org.accord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark in its tiny mode, so it keeps running; it checks that figures come out, never how fast. */
class AccordBenchmarkTest {
    @TempDir
    Path folder;

    @Test
    void theTinyBenchmarkMeasuresEveryExportAndWritesItsFigures() throws Exception {
        List<AccordBenchmark.Figure> figures = AccordBenchmark.run(true);
        assertThat(figures).extracting(AccordBenchmark.Figure::task).containsExactly("open from database",
                "cell edit to commit", "checks", "PDF export", "CSV export", "JSON export");
        assertThat(figures).allSatisfy(f -> assertThat(f.minMs()).isPositive().isLessThanOrEqualTo(f.medianMs()));
        Path file = folder.resolve("export.json");
        AccordBenchmark.write(figures, file);
        assertThat(Files.readString(file)).contains("\"task\": \"PDF export\"").contains("\"medianMs\"");
    }
}
