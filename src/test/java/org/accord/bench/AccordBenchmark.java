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
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.AccordException;
import org.accord.domain.Edit;
import org.accord.domain.MatrixChecks;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.export.csv.ActivityCsvImport;
import org.accord.export.csv.MatrixCsv;
import org.accord.export.xlsx.WorkshopSpreadsheet;
import org.accord.export.json.WorkshopFile;
import org.accord.export.pdf.PaperSize;
import org.accord.export.pdf.PdfReport;
import org.accord.testing.GeneratedWorkshop;

/**
 * Times, after warm-up, on workshops generated into a temporary H2 database: opening a workshop from the database,
 * one cell edit through {@link WorkshopSession} in memory and up to its durable commit (the window's own path; p50
 * and p99),
 * recomputing the checks, the PDF, CSV and JSON exports, and importing activities from a CSV up to the commit. Medians with min and max, not asserted (the machines
 * are noisy). It also weighs the heap the undo history holds per letter typed. {@code mvn -Pbench verify} runs it full size; the test suite runs a tiny one so it cannot rot.
 * Figures go to standard output as a table and to {@code target/benchmark/figures.json}.
 */
public final class AccordBenchmark {
    /** One measured task: what, on which workshop, and its times in milliseconds (p99 where it matters). */
    public record Figure(String task, String workshop, int runs, double medianMs, double minMs, double maxMs,
                         double p99Ms) {
    }

    /** Heap held per undo step: what a long session on this workshop costs in memory, letter by letter. */
    public record MemoryFigure(String task, String workshop, int steps, double kilobytesPerStep) {
    }

    /** Everything one run measured, as {@code figures.json} holds it. */
    public record Results(List<Figure> times, List<MemoryFigure> memory, String machine) {
    }

    private interface Task {
        void run(Workshop w, OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        boolean tiny = Arrays.asList(args).contains("--tiny");
        if (Arrays.asList(args).contains("--team-library-only")) {
            // Only issue 20's figures (a team's library on PostgreSQL): a minute instead of the whole benchmark.
            Results results = new Results(teamLibrary(tiny), List.of(), machine());
            print(results);
            write(results, Path.of("target", "benchmark", "team-library-figures.json"));
            System.exit(0); // the server's shutdown hook stops it
        }
        List<Figure> times = new ArrayList<>(run(tiny));
        times.addAll(csvImport(tiny));
        times.addAll(rounds(tiny));
        times.addAll(teamLibrary(tiny));
        Results results = new Results(times, undoMemory(tiny), machine());
        print(results);
        write(results, Path.of("target", "benchmark", "figures.json"));
        // The room server (issue 18): answer to "Saved", sixty phones at once, page weight, the heap it adds.
        Path roomFolder = Files.createTempDirectory("accord-room-bench");
        try {
            RoomBenchmark.Figures room = RoomBenchmark.run(roomFolder, tiny ? 20 : 600);
            System.out.println(RoomBenchmark.describe(room));
            Files.writeString(Path.of("target", "benchmark", "room.json"),
                    tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(room));
        } catch (Exception e) {
            throw new IOException("The room benchmark failed", e);
        }
    }

    /**
     * The heap held by the undo history per letter typed: a session on each workshop types as many letters as undo
     * keeps (or 40 in tiny mode), and the heap is measured after full collections before and after. An estimate
     * (the collector and the JIT move a few hundred kilobytes either way), not asserted.
     */
    public static List<MemoryFigure> undoMemory(boolean tiny) {
        int steps = tiny ? 40 : WorkshopSession.UNDO_LIMIT;
        List<MemoryFigure> figures = new ArrayList<>();
        for (int[] size : sizes(tiny)) {
            Workshop w = GeneratedWorkshop.of(size[0], size[1]);
            // No store: apply() only changes the session in memory, as the window does between saves.
            WorkshopSession session = new WorkshopSession(null, w, Clock.systemUTC());
            long before = heapAfterCollections();
            for (int n = 0; n < steps; n++) {
                session.apply(letterAfterTheCells(n));
            }
            long after = heapAfterCollections();
            figures.add(new MemoryFigure("undo memory per letter typed", size[0] + "×" + size[1], steps,
                    (after - before) / 1024.0 / steps));
            java.lang.ref.Reference.reachabilityFence(session);
        }
        return figures;
    }

    private static long heapAfterCollections() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Edit number n: the letter after the one its cell holds (R→A→C→I→R), so every edit changes the workshop: setting
     * the letter a cell already has changes nothing and would flatter the figures.
     */
    private static Edit letterAfterTheCells(int n) {
        return new Edit("bench", x -> {
            UUID activity = x.activities().get(n % x.activities().size()).id();
            UUID role = x.roles().get(n % x.roles().size()).id();
            Raci next = x.letter(activity, role).map(l -> Raci.values()[(l.ordinal() + 1) % Raci.values().length])
                    .orElse(Raci.R);
            return x.withLetter(activity, role, next);
        });
    }

    private static int[][] sizes(boolean tiny) {
        return tiny ? new int[][] {{15, 7}} : new int[][] {{15, 7}, {100, 12}, {300, 12}};
    }

    public static List<Figure> run(boolean tiny) throws IOException {
        int warmup = tiny ? 1 : 15;
        int runs = tiny ? 3 : 25;
        int[][] sizes = sizes(tiny);
        Map<String, Task> tasks = new LinkedHashMap<>();
        tasks.put("PDF export", (w, out) -> PdfReport.write(w, PaperSize.A4, Instant.EPOCH, ZoneOffset.UTC, out));
        tasks.put("CSV export", MatrixCsv::write);
        tasks.put("XLSX export", (w, out) -> WorkshopSpreadsheet.write(w, Instant.EPOCH, ZoneOffset.UTC, out));
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
                Runnable typeALetter = () -> session.apply(letterAfterTheCells(edit[0]++));
                // What the JavaFX thread does for a letter typed (the new workshop, the undo step), without saving.
                // Edits are quick and their p99 is a target: 1,000 of them (a p99 from 200 is their second worst),
                // after 500 that let the JIT compile the whole path first (the first workshop measured paid for it).
                int editWarmup = tiny ? warmup : 500;
                int editRuns = tiny ? runs : 1000;
                figures.add(time("cell edit in memory", name, editWarmup, editRuns, typeALetter::run));
                session.saveNow();
                figures.add(time("cell edit to commit", name, editWarmup, editRuns, () -> {
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

    /**
     * Rounds and history (issue 19), at 300×12: opening a workshop that has 5 closed rounds and 5,000 saved edits
     * in its history (target: as fast as one without, under 50 ms); closing a round (the snapshot copied inside the
     * database; under 300 ms); and the change view against a round with 500 changes since (reading the round's
     * snapshot and the history's dates, and the domain's comparison; under 300 ms). Tiny: 15×7, 2 rounds, 40 edits,
     * 20 changes.
     */
    public static List<Figure> rounds(boolean tiny) throws IOException {
        int activities = tiny ? 15 : 300;
        int roles = tiny ? 7 : 12;
        int rounds = tiny ? 2 : 5;
        int editsPerRound = tiny ? 20 : 1_000;
        int changes = tiny ? 20 : 500;
        int warmup = tiny ? 1 : 15;
        int runs = tiny ? 3 : 25;
        String name = activities + "×" + roles;
        List<Figure> figures = new ArrayList<>();
        Path folder = Files.createTempDirectory("accord-bench-rounds");
        try (H2WorkshopStore store = H2WorkshopStore.open(folder)) {
            // A workshop with a long life: rounds closed between thousands of saved edits.
            Workshop old = store.create(GeneratedWorkshop.of(activities, roles));
            WorkshopSession lived = new WorkshopSession(store, old, Clock.systemUTC());
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int e = 0; e < editsPerRound; e++) {
                    lived.apply(letterAfterTheCells(n++));
                    lived.saveNow();
                }
                lived.closeRound("Round " + (r + 1), List.of());
            }

            // Closing a round: each run closes one more on a fresh workshop of the same size.
            Workshop closing = store.create(GeneratedWorkshop.of(activities, roles));
            WorkshopSession closer = new WorkshopSession(store, closing, Clock.systemUTC());
            int[] number = {0};
            figures.add(time("close a round", name, warmup, runs,
                    () -> closer.closeRound("Round " + ++number[0], List.of())));

            // The change view against a round with that many changes since, each a saved edit of its own.
            Workshop changed = store.create(GeneratedWorkshop.of(activities, roles));
            WorkshopSession view = new WorkshopSession(store, changed, Clock.systemUTC());
            org.accord.domain.round.Round round = view.closeRound("Round 1", List.of());
            for (int c = 0; c < changes; c++) {
                view.apply(nextLetterInCell(c));
                view.saveNow();
            }
            int found = view.changesSince(round).changes().size();
            if (found != changes) {
                throw new IllegalStateException("expected " + changes + " changes since the round, found " + found);
            }
            figures.add(time("change view, " + changes + " changes", name, warmup, runs,
                    () -> view.changesSince(round)));

            // Opening, last (the JIT warm as in the main table), beside a workshop of the same size without rounds
            // or history in the same database: the pair says whether rounds and history slow opening down.
            Workshop plain = store.create(GeneratedWorkshop.of(activities, roles));
            figures.add(time("open, no rounds or history", name, warmup, runs, () -> store.load(plain.id())));
            figures.add(time("open with " + rounds + " rounds, " + String.format(Locale.ROOT, "%,d", n)
                    + " edits", name, warmup, runs, () -> store.load(old.id())));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return figures;
    }

    /** Edit number n changes cell n of the matrix, row by row down each column, so n edits change n cells. */
    private static Edit nextLetterInCell(int n) {
        return new Edit("bench", x -> {
            UUID activity = x.activities().get(n % x.activities().size()).id();
            UUID role = x.roles().get(n / x.activities().size() % x.roles().size()).id();
            Raci next = x.letter(activity, role).map(l -> Raci.values()[(l.ordinal() + 1) % Raci.values().length])
                    .orElse(Raci.R);
            return x.withLetter(activity, role, next);
        });
    }

    /**
     * A team's library on PostgreSQL (issue 20), against a server this benchmark starts on this machine with
     * PostgreSQL's default durability (every commit on disk before it returns): a cell edit to its durable commit
     * (through the session, with the version check), opening a 300×12 workshop, and listing 10,000 workshops of 15×7
     * (the list's counts of rows and columns included). Tiny mode: the tests' server, small sizes.
     */
    public static List<Figure> teamLibrary(boolean tiny) throws IOException {
        org.accord.store.postgres.RealPostgres server = tiny ? org.accord.store.postgres.RealPostgres.server()
                : org.accord.store.postgres.RealPostgres.durableServer();
        String url = server.newAccordDatabase();
        int warmup = tiny ? 1 : 15;
        int runs = tiny ? 3 : 25;
        int editWarmup = tiny ? warmup : 500;
        int editRuns = tiny ? runs : 1000;
        int[] big = tiny ? new int[] {15, 7} : new int[] {300, 12};
        int listed = tiny ? 50 : 10_000;
        List<Figure> figures = new ArrayList<>();
        try (var store = org.accord.store.postgres.PostgresWorkshopStore.open(url,
                org.accord.store.postgres.RealPostgres.credentials(), Clock.systemUTC())) {
            Workshop w = store.create(GeneratedWorkshop.of(big[0], big[1]));
            String name = big[0] + "×" + big[1];
            figures.add(time("PostgreSQL: open", name, warmup, runs, () -> store.load(w.id())));
            WorkshopSession session = new WorkshopSession(store, store.load(w.id()), Clock.systemUTC());
            int[] edit = {0};
            figures.add(time("PostgreSQL: edit to commit", name, editWarmup, editRuns, () -> {
                session.apply(letterAfterTheCells(edit[0]++));
                session.saveNow();
            }));
            figures.add(twentyClients(server, url, tiny));
            figures.add(twoClientsOneWorkshop(url, tiny));
            Workshop small = store.create(GeneratedWorkshop.of(15, 7));
            copyWorkshopRows(server, url, small.id(), listed - 2 - (tiny ? 2 : CLIENTS) - 1);
            figures.add(time("PostgreSQL: list", String.format(Locale.ROOT, "%,d", listed), warmup, runs, () -> {
                if (store.list().size() != listed) {
                    throw new IllegalStateException("the list does not hold every workshop");
                }
            }));
        }
        return figures;
    }

    static final int CLIENTS = 20;

    /**
     * 20 clients (a connection and a session each) typing letters into 20 workshops of 15×7 at once for a minute
     * (a second in tiny mode), each edit saved before the next: the figure is the edit to its durable commit over all
     * of them; afterwards every workshop is read back and must equal what its client has in memory (0 lost edits, or
     * the benchmark fails).
     */
    private static Figure twentyClients(org.accord.store.postgres.RealPostgres server, String url, boolean tiny)
            throws IOException {
        int clients = tiny ? 2 : CLIENTS;
        long until = System.nanoTime() + (tiny ? 1 : 60) * 1_000_000_000L;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<double[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                try (var store = org.accord.store.postgres.PostgresWorkshopStore.open(url,
                        org.accord.store.postgres.RealPostgres.credentials(), Clock.systemUTC())) {
                    Workshop w = store.create(GeneratedWorkshop.of(15, 7));
                    WorkshopSession session = new WorkshopSession(store, w, Clock.systemUTC());
                    List<Double> times = new ArrayList<>();
                    int edit = 0;
                    while (System.nanoTime() < until) {
                        long start = System.nanoTime();
                        session.apply(letterAfterTheCells(edit++));
                        session.saveNow();
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                    if (!store.load(w.id()).equals(session.current())) {
                        throw new IllegalStateException("Client of workshop " + w.id() + " lost edits");
                    }
                    return times.stream().mapToDouble(Double::doubleValue).toArray();
                }
            }));
        }
        pool.shutdown();
        List<Double> all = new ArrayList<>();
        try {
            for (var result : results) {
                for (double t : result.get()) {
                    all.add(t);
                }
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException("A client failed: " + e.getMessage(), e);
        }
        double[] times = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Figure("PostgreSQL: " + clients + " clients, 0 lost", "15×7", times.length, median(times), times[0],
                times[times.length - 1], percentile(times, 0.99));
    }

    /**
     * Two clients on one workshop taking turns, 1,000 edits (40 in tiny mode), each saved at once without first
     * taking in the other's: a quarter of the edits are to a cell both write (conflicting when the other wrote it
     * since), the rest to cells of their own. The first client keeps its own version on a conflict, the second
     * takes the first's. The rules are also played out on a plain map, cell by cell, and the workshop stored at the
     * end must equal it, or the benchmark fails. The figure is a save's time, merges included.
     */
    private static Figure twoClientsOneWorkshop(String url, boolean tiny) throws IOException {
        int edits = tiny ? 40 : 1000;
        var credentials = org.accord.store.postgres.RealPostgres.credentials();
        try (var first = org.accord.store.postgres.PostgresWorkshopStore.open(url, credentials, Clock.systemUTC());
             var second = org.accord.store.postgres.PostgresWorkshopStore.open(url, credentials, Clock.systemUTC())) {
            Workshop w = first.create(GeneratedWorkshop.of(15, 7));
            WorkshopSession[] sessions = {new WorkshopSession(first, first.load(w.id()), Clock.systemUTC()),
                    new WorkshopSession(second, second.load(w.id()), Clock.systemUTC())};
            org.accord.domain.WorkshopMerge.Keep[] onConflict = {org.accord.domain.WorkshopMerge.Keep.MINE,
                    org.accord.domain.WorkshopMerge.Keep.THEIRS};
            java.util.UUID shared = w.activities().get(0).id();
            // The rules on a plain map: what is stored, and what each client last had from the store.
            Map<org.accord.domain.Cell, org.accord.domain.Raci> stored = new java.util.HashMap<>(w.letters());
            List<Map<org.accord.domain.Cell, org.accord.domain.Raci>> based = List.of(
                    new java.util.HashMap<>(w.letters()), new java.util.HashMap<>(w.letters()));
            org.accord.domain.Raci[] letters = org.accord.domain.Raci.values();
            double[] times = new double[edits];
            for (int i = 0; i < edits; i++) {
                int client = i % 2;
                WorkshopSession session = sessions[client];
                boolean both = i % 4 >= 2;
                java.util.UUID activity = both ? shared : w.activities().get(1 + client).id();
                java.util.UUID role = w.roles().get(i % 5).id();
                org.accord.domain.Cell cell = new org.accord.domain.Cell(activity, role);
                org.accord.domain.Raci letter = letters[(i / 2) % letters.length];
                if (letter.equals(session.current().letters().get(cell))) {
                    letter = letters[((i / 2) + 1) % letters.length];
                }
                org.accord.domain.Raci chosen = letter;
                session.apply(new Edit("letter", x -> x.withLetter(activity, role, chosen)));
                long start = System.nanoTime();
                try {
                    session.saveNow();
                } catch (org.accord.session.WorkshopConflictException conflict) {
                    session.resolveConflicts(onConflict[client]);
                }
                times[i] = (System.nanoTime() - start) / 1e6;
                // The rules: a cell the other changed since this client's basis, and this client changed too,
                // differently, is a conflict, settled as this client chooses; any other change of this client lands.
                Map<org.accord.domain.Cell, org.accord.domain.Raci> mine = based.get(client);
                org.accord.domain.Raci basis = mine.get(cell);
                org.accord.domain.Raci now = stored.get(cell);
                boolean conflict = !java.util.Objects.equals(now, basis) && !java.util.Objects.equals(now, chosen);
                if (!conflict || onConflict[client] == org.accord.domain.WorkshopMerge.Keep.MINE) {
                    stored.put(cell, chosen);
                }
                mine.clear();
                mine.putAll(stored);
            }
            Workshop end = first.load(w.id());
            if (!end.letters().equals(stored)) {
                throw new IllegalStateException("Two clients: the stored letters differ from the rules' outcome");
            }
            Arrays.sort(times);
            return new Figure("PostgreSQL: 2 clients, 1 workshop, as the rules say", "15×7", edits, median(times),
                    times[0], times[edits - 1], percentile(times, 0.99));
        }
    }

    /** Copies of one workshop (its row, rows and columns), made by the server itself: 10,000 saves would take long. */
    private static void copyWorkshopRows(org.accord.store.postgres.RealPostgres server, String url, long template,
                                         int copies) throws IOException {
        try (var c = server.connect(org.accord.store.postgres.RealPostgres.databaseOf(url));
             var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO workshop (title, organization, workshop_date, facilitator, notes,"
                    + " consulted_limit, created_at, last_edited_at) SELECT title || ' ' || g, organization,"
                    + " workshop_date, facilitator, notes, consulted_limit, created_at, last_edited_at"
                    + " FROM workshop, generate_series(1, " + copies + ") g WHERE id = " + template);
            st.executeUpdate("INSERT INTO activity_group SELECT w.id, g.position, g.name FROM workshop w,"
                    + " activity_group g WHERE g.workshop_id = " + template + " AND w.id > " + template);
            st.executeUpdate("INSERT INTO role SELECT gen_random_uuid(), w.id, r.position, r.name, r.short_label,"
                    + " r.side FROM workshop w, role r WHERE r.workshop_id = " + template + " AND w.id > " + template);
            st.executeUpdate("INSERT INTO activity SELECT gen_random_uuid(), w.id, a.position, a.name, a.description,"
                    + " a.group_name, a.rationale, a.status FROM workshop w, activity a WHERE a.workshop_id = "
                    + template + " AND w.id > " + template);
            st.execute("ANALYZE");
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not make the workshops to list", e);
        }
    }

    /**
     * Importing activities from a CSV file end to end, as the window does it: reading the file into the preview,
     * adding the good rows to the workshop as one edit, and saving that edit to a temporary H2 database. Each run
     * imports into a fresh blank workshop (CIO and CMO, no activities). Issue 21's aim: 10,000 activities under 2 s.
     * A file with more rows than a workshop holds is refused at the first row too many; its figure is that refusal.
     */
    public static List<Figure> csvImport(boolean tiny) throws IOException {
        int[] sizes = tiny ? new int[] {200} : new int[] {2_000, Workshop.MAX_ACTIVITIES, 20_000};
        int warmup = tiny ? 1 : 2;
        int runs = tiny ? 3 : 5;
        List<Figure> figures = new ArrayList<>();
        Path folder = Files.createTempDirectory("accord-bench-import");
        try (H2WorkshopStore store = H2WorkshopStore.open(folder.resolve("data"))) {
            TemplateCatalog catalog = new TemplateCatalog();
            for (int size : sizes) {
                Path csv = folder.resolve(size + ".csv");
                StringBuilder text = new StringBuilder("Name,Group,Description\n");
                for (int i = 0; i < size; i++) {
                    text.append("Imported activity ").append(i + 1).append(",Group ").append(i % 20 + 1)
                            .append(",\"What row ").append(i + 1).append(" covers, in a sentence or two.\"\n");
                }
                Files.writeString(csv, text);
                boolean refused = size > Workshop.MAX_ACTIVITIES;
                String task = refused ? "CSV import, refused" : "CSV import to commit";
                figures.add(timeEach(task, String.format(Locale.ROOT, "%,d", size), warmup, runs, () -> {
                    Workshop blank = store.create(catalog.newWorkshop(TemplateCatalog.BLANK, "Import", Instant.EPOCH));
                    WorkshopSession session = new WorkshopSession(store, blank, Clock.systemUTC());
                    long start = System.nanoTime();
                    try {
                        List<ActivityCsvImport.Row> rows = ActivityCsvImport.preview(csv, blank, "Activities");
                        session.apply(ActivityCsvImport.addGoodRows(rows));
                        session.saveNow();
                    } catch (AccordException e) {
                        if (!refused) {
                            throw e;
                        }
                    }
                    return System.nanoTime() - start; // without making the blank workshop
                }));
            }
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return figures;
    }

    private interface TimedWork {
        /** @return the nanoseconds of the part that counts */
        long run() throws IOException;
    }

    private static Figure timeEach(String task, String workshop, int warmup, int runs, TimedWork work) throws IOException {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = work.run() / 1e6;
        }
        Arrays.sort(times);
        return new Figure(task, workshop, runs, median(times), times[0], times[runs - 1], percentile(times, 0.99));
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

    private static String machine() {
        return String.format(Locale.ROOT, "%d cores, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    private static void print(Results results) {
        List<Figure> figures = results.times();
        System.out.printf(Locale.ROOT, "%-20s %-9s %5s %10s %10s %10s %10s%n", "task", "workshop", "runs", "median ms",
                "min ms", "p99 ms", "max ms");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "%-20s %-9s %5d %10.3f %10.3f %10.3f %10.3f%n", f.task(), f.workshop(), f.runs(),
                    f.medianMs(), f.minMs(), f.p99Ms(), f.maxMs());
        }
        for (MemoryFigure m : results.memory()) {
            System.out.printf(Locale.ROOT, "%-28s %-9s %5d steps %8.1f KB per step%n", m.task(), m.workshop(), m.steps(),
                    m.kilobytesPerStep());
        }
        System.out.println("machine: " + results.machine());
    }

    static void write(Results results, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        tools.jackson.databind.json.JsonMapper.builder().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .build().writeValue(file.toFile(), results);
    }
}
