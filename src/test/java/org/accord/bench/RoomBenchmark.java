package org.accord.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.accord.room.RoomLimits;
import org.accord.room.RoomMode;
import org.accord.room.RoomServer;
import org.accord.testing.SessionDesk;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room server's figures (issue 18): a phone's answer to its "Saved" (the reply comes once the answer is on
 * disk in H2; p50 and p99 over one phone answering again and again), sixty phones answering at once (from the
 * first request sent to the last "Saved"), the page's weight, and the heap the running server adds with sixty phones
 * joined. The desk is a real session over a real H2 file with its own editing thread; the window's own path (the
 * JavaFX thread, the chart) is timed by {@code RoomLoadWindowTest}, which prints its figure.
 */
public final class RoomBenchmark {
    /** What one run measured. */
    public record Figures(int answers, int phones, double savedP50Ms, double savedP99Ms, double sixtyPhonesMs, long participantPageBytes,
                          long leaderPageBytes, double serverKilobytes) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RoomBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean tiny = Arrays.asList(args).contains("--tiny");
        Path folder = Files.createTempDirectory("accord-room-bench");
        Figures figures = run(folder, tiny ? 20 : 600);
        System.out.println(describe(figures));
        Path out = Path.of("target", "benchmark", "room.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON.writeValueAsString(figures));
    }

    public static String describe(Figures f) {
        return String.format(Locale.ROOT, "room server: answer to Saved p50 %.2f ms, p99 %.2f ms (%d answers); %d phones "
                        + "at once, all saved in %.0f ms; page %d bytes (leader's %d); server heap with them joined %.0f KB",
                f.savedP50Ms(), f.savedP99Ms(), f.answers(), f.phones(), f.sixtyPhonesMs(), f.participantPageBytes(),
                f.leaderPageBytes(), f.serverKilobytes());
    }

    /** @param answers how many answers one phone sends in a row (tiny mode: 20, and then 10 phones at once, not 60) */
    public static Figures run(Path folder, int answers) throws Exception {
        int crowd = answers < 100 ? 10 : 60;
        try (SessionDesk desk = new SessionDesk(folder)) {
            long heapBefore = heapAfterCollections();
            RoomServer server = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0,
                    new RoomLimits(1000, 5000, 10, 2048, 300, 400));
            try {
                // One phone answering again and again: each reply comes once its answer is on disk.
                String token = join(server);
                String[] leads = {"IT", "MARKETING", "SHARED"};
                int warmUp = Math.max(10, answers / 5);
                double[] times = new double[answers];
                for (int i = 0; i < warmUp + answers; i++) {
                    long start = System.nanoTime();
                    int status = answer(server, token, i + 1, leads[i % 3]).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("answer refused: " + status);
                    }
                    if (i >= warmUp) {
                        times[i - warmUp] = (System.nanoTime() - start) / 1e6;
                    }
                }
                Arrays.sort(times);

                // Sixty phones join, then all answer at once.
                List<String> phones = new ArrayList<>();
                for (int i = 0; i < crowd; i++) {
                    phones.add(join(server));
                }
                long start = System.nanoTime();
                List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, crowd).mapToObj(i ->
                        answerAsync(server, phones.get(i), 1, leads[i % 3])).toList();
                sent.forEach(f -> {
                    if (f.join().statusCode() != 200) {
                        throw new IllegalStateException("an answer was refused");
                    }
                });
                double sixty = (System.nanoTime() - start) / 1e6;
                double serverKb = (heapAfterCollections() - heapBefore) / 1024.0;
                return new Figures(answers, crowd, times[answers / 2], times[(int) Math.ceil(answers * 0.99) - 1], sixty,
                        RoomServer.pageWeight(RoomMode.PERCEPTION), RoomServer.pageWeight(RoomMode.BLIND_ENTRY), serverKb);
            } finally {
                server.stop();
            }
        }
    }

    private static String join(RoomServer server) throws IOException, InterruptedException {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(server.address().resolve("/api/join"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + server.joinCode() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(reply.body()).get("token").stringValue();
    }

    private static HttpRequest answerRequest(RoomServer server, String token, long seq, String lead) {
        return HttpRequest.newBuilder(server.address().resolve("/api/answer"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":" + seq + ",\"side\":\"IT\",\"lead\":\"" + lead + "\"}"))
                .build();
    }

    private static HttpResponse<String> answer(RoomServer server, String token, long seq, String lead)
            throws IOException, InterruptedException {
        return HTTP.send(answerRequest(server, token, seq, lead), HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<HttpResponse<String>> answerAsync(RoomServer server, String token, long seq, String lead) {
        return HTTP.sendAsync(answerRequest(server, token, seq, lead), HttpResponse.BodyHandlers.ofString());
    }

    private static long heapAfterCollections() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
