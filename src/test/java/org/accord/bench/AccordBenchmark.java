package org.accord.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.time.Clock;
import org.accord.domain.Edit;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.export.csv.MatrixCsv;
import org.accord.export.json.WorkshopFile;
import org.accord.export.pdf.PaperSize;
import org.accord.export.pdf.PdfReport;
import org.accord.testing.GeneratedWorkshop;

/**
 * Times, after warm-up, on workshops generated into a temporary H2 database: opening a workshop from the database,
 * one cell edit through {@link WorkshopSession} in memory and up to its durable commit (the window's own path; p50
 * and p99),
 * recomputing the checks, and the PDF, CSV and JSON exports. Medians with min and max, not asserted (the machines
 * are noisy). {@code mvn -Pbench verify} runs it full size; the test suite runs a tiny one so it cannot rot.
 * Figures go to standard output as a table and to {@code target/benchmark/figures.json}.
 */
public final class AccordBenchmark {
    /** One measured task: what, on which workshop, and its times in milliseconds (p99 where it matters). */
    public record Figure(String task, String workshop, int runs, double medianMs, double minMs, double maxMs,
                         double p99Ms) {
    }

    private interface Task {
        void run(Workshop w, OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        boolean tiny = Arrays.asList(args).contains("--tiny");
        List<Figure> figures = run(tiny);
        print(figures);
        write(figures, Path.of("target", "benchmark", "figures.json"));
    }

    public static List<Figure> run(boolean tiny) throws IOException {
        int warmup = tiny ? 1 : 15;
        int runs = tiny ? 3 : 25;
        int[][] sizes = tiny ? new int[][] {{15, 7}} : new int[][] {{15, 7}, {100, 12}, {300, 12}};
        Map<String, Task> tasks = new LinkedHashMap<>();
        tasks.put("PDF export", (w, out) -> PdfReport.write(w, PaperSize.A4, Instant.EPOCH, ZoneOffset.UTC, out));
        tasks.put("CSV export", MatrixCsv::write);
        tasks.put("JSON export", WorkshopFile::write);
        List<Figure> figures = new ArrayList<>();
        Path folder = Files.createTempDirectory("accord-bench");
        try (H2WorkshopStore store = H2WorkshopStore.open(folder)) {
            for (int[] size : sizes) {
                Workshop w = store.create(GeneratedWorkshop.of(size[0], size[1]));
                String name = size[0] + "×" + size[1];
                figures.add(time("open from database", name, warmup, runs, () -> store.load(w.id())));
                WorkshopSession session = new WorkshopSession(store, store.load(w.id()), Clock.systemUTC());
                int[] edit = {0};
                // Each edit sets the letter after the one its cell holds, so every one changes the workshop: setting
                // the letter a cell already has changes nothing and would flatter the figures.
                Runnable typeALetter = () -> {
                    int n = edit[0]++;
                    session.apply(new Edit("bench", x -> {
                        UUID activity = x.activities().get(n % x.activities().size()).id();
                        UUID role = x.roles().get(n % x.roles().size()).id();
                        Raci next = x.letter(activity, role).map(l -> Raci.values()[(l.ordinal() + 1) % Raci.values().length])
                                .orElse(Raci.R);
                        return x.withLetter(activity, role, next);
                    }));
                };
                // What the JavaFX thread does for a letter typed (the new workshop, the undo step), without saving.
                figures.add(time("cell edit in memory", name, warmup * 4, runs * 8, typeALetter::run));
                session.saveNow();
                figures.add(time("cell edit to commit", name, warmup * 4, runs * 8, () -> {
                    typeALetter.run();
                    session.saveNow();
                }));
                Workshop edited = session.current();
                figures.add(time("checks", name, warmup * 4, runs * 4, () -> MatrixChecks.run(edited)));
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (int[] size : sizes) {
            Workshop w = GeneratedWorkshop.of(size[0], size[1]);
            String name = size[0] + "×" + size[1];
            for (Map.Entry<String, Task> task : tasks.entrySet()) {
                for (int i = 0; i < warmup; i++) {
                    task.getValue().run(w, new ByteArrayOutputStream());
                }
                double[] times = new double[runs];
                for (int i = 0; i < runs; i++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    long start = System.nanoTime();
                    task.getValue().run(w, out);
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(times);
                figures.add(new Figure(task.getKey(), name, runs, median(times), times[0], times[runs - 1],
                        percentile(times, 0.99)));
            }
        }
        return figures;
    }

    private interface Work {
        void run() throws IOException;
    }

    private static Figure time(String task, String workshop, int warmup, int runs, Work work) throws IOException {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return new Figure(task, workshop, runs, median(times), times[0], times[runs - 1], percentile(times, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void print(List<Figure> figures) {
        System.out.printf(Locale.ROOT, "%-20s %-9s %5s %10s %10s %10s %10s%n", "task", "workshop", "runs", "median ms",
                "min ms", "p99 ms", "max ms");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "%-20s %-9s %5d %10.3f %10.3f %10.3f %10.3f%n", f.task(), f.workshop(), f.runs(),
                    f.medianMs(), f.minMs(), f.p99Ms(), f.maxMs());
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    static void write(List<Figure> figures, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            json.append(String.format(Locale.ROOT,
                    "  {\"task\": \"%s\", \"workshop\": \"%s\", \"runs\": %d, \"medianMs\": %.3f, \"minMs\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f}%s%n",
                    f.task(), f.workshop(), f.runs(), f.medianMs(), f.minMs(), f.p99Ms(), f.maxMs(), i + 1 < figures.size() ? "," : ""));
        }
        json.append("]\n");
        Files.writeString(file, json.toString());
    }
}
