package org.accord.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.accord.domain.Side;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Participant;
import org.accord.domain.guide.Rating;
import org.accord.testing.SessionDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The room server on 127.0.0.1 with plain {@link HttpClient}s, as a phone and as an attacker would talk to it, and a
 * real session over a real H2 file behind it: what a phone is told "Saved" is read back from the disk; what is
 * refused leaves the disk as it was. One server for the class; the tests that spend a client's allowance (wrong
 * codes, a burst) start their own.
 */
class RoomServerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path folder;
    static SessionDesk desk;
    static RoomServer server;

    @BeforeAll
    static void start() throws Exception {
        desk = new SessionDesk(folder);
        server = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0, RoomLimits.DEFAULT);
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        desk.close();
    }

    // ---- a phone's ordinary path ----

    @Test
    void aPhoneJoinsWithTheCodeAndItsAnswerIsOnDiskWhenItHearsSaved() throws Exception {
        Phone phone = Phone.join(server);
        assertThat(phone.joined.get("name").stringValue()).startsWith("Phone ");
        assertThat(desk.joined).isGreaterThanOrEqualTo(1);

        Reply saved = phone.answer(1, "MARKETING", "IT", "GOOD");
        assertThat(saved.status).isEqualTo(200);
        assertThat(saved.json().get("saved").booleanValue()).isTrue();
        Participant onDisk = participant(phone);
        assertThat(onDisk.side()).isEqualTo(Side.MARKETING);
        assertThat(onDisk.lead()).isEqualTo(LeadAnswer.IT);
        assertThat(onDisk.otherSideUnderstanding()).isEqualTo(Rating.GOOD);

        // Changed: the same participant, the new answer, on disk; nobody doubled.
        assertThat(phone.answer(2, "MARKETING", "MARKETING", "EXCELLENT").status).isEqualTo(200);
        assertThat(participant(phone).lead()).isEqualTo(LeadAnswer.MARKETING);
        assertThat(participant(phone).otherSideUnderstanding()).isEqualTo(Rating.EXCELLENT);
        assertThat(desk.onDisk().guide().participants().stream().filter(p -> p.name().equals(phone.name()))).hasSize(1);
    }

    @Test
    void aRoomStartedAgainNamesItsPhonesAfterThoseAlreadyAmongTheParticipants() throws Exception {
        Phone first = Phone.join(server);
        assertThat(first.answer(1, "IT", "IT", "GOOD").status).isEqualTo(200);
        try (RoomServer again = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0,
                RoomLimits.DEFAULT)) {
            // As many phones as it takes the new room's count to reach the first phone's number: once, the last of
            // them was named like it.
            int number = Integer.parseInt(first.name().substring("Phone ".length()));
            List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < number; i++) {
                names.add(Phone.join(again).name());
            }
            List<String> participants = desk.onDisk().guide().participants().stream().map(Participant::name).toList();
            assertThat(participants).contains(first.name()).doesNotContainAnyElementsOf(names);
            assertThat(names).doesNotHaveDuplicates();
        }
    }

    @Test
    void aPhoneBackInARestartedRoomIsTheSameParticipantWithItsAnswersNotASecondOne() throws Exception {
        Phone first = Phone.join(server);
        assertThat(first.answer(1, "IT", "MARKETING", "FAIR").status).isEqualTo(200);
        String participant = first.joined.get("participant").stringValue();
        assertThat(UUID.fromString(participant)).isEqualTo(participant(first).id());
        int participants = desk.onDisk().guide().participants().size();
        try (RoomServer again = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0,
                RoomLimits.DEFAULT)) {
            JsonNode back = joinWith(again, "\"" + participant + "\"").json();
            assertThat(back.get("participant").stringValue()).isEqualTo(participant);
            assertThat(back.get("returning").booleanValue()).isTrue();
            assertThat(back.get("name").stringValue()).isEqualTo(first.name());
            assertThat(back.get("side").stringValue()).isEqualTo("IT");
            assertThat(back.get("lead").stringValue()).isEqualTo("MARKETING"); // the page shows what it answered
            Phone returned = new Phone(again, back);
            assertThat(returned.answer(1, "IT", "IT", "FAIR").status).isEqualTo(200);
            assertThat(desk.onDisk().guide().participants()).hasSize(participants); // nobody counted twice
            assertThat(desk.onDisk().guide().participants().stream().filter(p -> p.id().toString().equals(participant))
                    .findFirst().orElseThrow().lead()).isEqualTo(LeadAnswer.IT);

            // A second phone with the same participant in this run, an unknown one, an unreadable one: each joins
            // as a new participant, as a first join does.
            for (String sent : List.of("\"" + participant + "\"", "\"" + UUID.randomUUID() + "\"", "\"not an id\"", "17")) {
                JsonNode joined = joinWith(again, sent).json();
                assertThat(joined.get("participant").stringValue()).as(sent).isNotEqualTo(participant)
                        .isNotEqualTo(sent.replace("\"", ""));
                assertThat(joined.get("returning").booleanValue()).as(sent).isFalse();
            }
        }
    }

    private static Reply joinWith(RoomServer s, String participantJson) throws Exception {
        Reply reply = post(s, "/api/join", null, "{\"code\":\"" + s.joinCode() + "\",\"participant\":" + participantJson + "}");
        assertThat(reply.status).as(reply.body).isEqualTo(200);
        return reply;
    }

    @Test
    void aResentAnswerChangesNothingTwiceAndAReplayedOrStaleOneIsRefused() throws Exception {
        Phone phone = Phone.join(server);
        assertThat(phone.answer(5, "IT", "IT", null).status).isEqualTo(200);
        int participants = desk.onDisk().guide().participants().size();
        assertThat(phone.answer(5, "IT", "IT", null).status).isEqualTo(200); // the phone heard nothing and sent it again
        assertThat(desk.onDisk().guide().participants()).hasSize(participants);

        Reply replayed = phone.answer(5, "IT", "NOBODY", null);
        assertThat(replayed.status).isEqualTo(409);
        assertThat(replayed.error()).contains("already used");
        Reply stale = phone.answer(4, "IT", "NOBODY", null);
        assertThat(stale.status).isEqualTo(409);
        assertThat(stale.error()).contains("newer answer");
        assertThat(participant(phone).lead()).isEqualTo(LeadAnswer.IT);
    }

    @Test
    void whereTheFacilitatorAsksForNamesTheNameTypedIsTheParticipantsAndABlankOneIsRefused() throws Exception {
        Phone phone = Phone.join(server);
        desk.onEditingThread(() -> server.setAskNames(true));
        try {
            assertThat(phone.get("/api/question").json().get("askNames").booleanValue()).isTrue();
            Reply tooLong = phone.post("/api/answer", "{\"seq\":1,\"side\":\"IT\",\"name\":\"" + "n".repeat(61) + "\"}");
            assertThat(tooLong.status).isEqualTo(400);
            assertThat(tooLong.error()).contains("too long");
            assertThat(phone.post("/api/answer", "{\"seq\":2,\"side\":\"MARKETING\",\"name\":\"Ana Souza\"}").status)
                    .isEqualTo(200);
            assertThat(desk.onDisk().guide().participants()).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("Ana Souza");
                assertThat(p.side()).isEqualTo(Side.MARKETING);
            });
        } finally {
            desk.onEditingThread(() -> server.setAskNames(false));
        }
    }

    @Test
    void everyInputIsCheckedAndRefusedWithAClearMessage() throws Exception {
        Phone phone = Phone.join(server);
        assertThat(phone.post("/api/answer", "{\"seq\":1,\"side\":\"SALES\"}").error()).contains("not one of the answers");
        assertThat(phone.post("/api/answer", "{\"seq\":1,\"lead\":\"IT\"}").error()).contains("Pick your side first");
        assertThat(phone.post("/api/answer", "{\"seq\":1,\"side\":\"IT\",\"admin\":true}").status).isEqualTo(400);
        assertThat(phone.post("/api/answer", "{\"seq\":-3,\"side\":\"IT\"}").status).isEqualTo(400);
        assertThat(phone.post("/api/answer", "not json").error()).contains("could not be read");
        assertThat(phone.post("/api/answer", "[1,2]").status).isEqualTo(400);
        Reply wrongType = send(HttpRequest.newBuilder(server.address().resolve("/api/answer"))
                .header("Authorization", "Bearer " + phone.token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":1,\"side\":\"IT\"}")));
        assertThat(wrongType.status).isEqualTo(415);
        assertThat(desk.onDisk().guide().participants().stream().noneMatch(p -> p.name().equals(phone.name()))).isTrue();
    }

    @Test
    void aBadTokenAForgedLeaderLinkAndAWrongHostAreRefused() throws Exception {
        Reply noToken = send(get("/api/question"));
        assertThat(noToken.status).isEqualTo(401);
        assertThat(noToken.error()).contains("Scan the code");
        Reply forged = send(get("/api/question").header("Authorization", "Bearer " + Secrets.token()));
        assertThat(forged.status).isEqualTo(401);
        // The perception check has no leaders' links: one made up is refused like any other.
        assertThat(send(get("/api/lead").header("Authorization", "Bearer " + Secrets.token())).status).isEqualTo(404);
        // A page elsewhere pointing its own name at the laptop (DNS rebinding) sends its own Host.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write(("GET /api/question HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void anOversizeBodyIsRefusedWithoutBeingRead() throws Exception {
        Phone phone = Phone.join(server);
        String huge = "{\"seq\":1,\"side\":\"IT\",\"name\":\"" + "x".repeat(1_000_000) + "\"}";
        // The length alone, then nothing: the server answers from the length, without waiting for (or reading) the
        // megabyte. (Sent whole, it met a connection the server had already closed, and the client could lose the
        // answer to the reset; Java 17's HttpClient hangs on "Expect: 100-continue" answered with a refusal.)
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write(("POST /api/answer HTTP/1.1\r\nHost: " + server.address().getAuthority()
                    + "\r\nAuthorization: Bearer " + phone.token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + huge.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 413").contains(RoomServer.TOO_LARGE);
        }
        // Without a length up front (chunked): refused once it passes the limit.
        // A little over the limit, so the client has sent it all before the refusal (see above).
        byte[] over = ("{\"seq\":1,\"side\":\"IT\",\"name\":\"" + "x".repeat(3_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Reply chunked = send(HttpRequest.newBuilder(server.address().resolve("/api/answer"))
                .header("Authorization", "Bearer " + phone.token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over))));
        assertThat(chunked.status).isEqualTo(413);
        // The phone itself is none the worse: on a new connection (the refused one was closed), it answers.
        HttpResponse<String> after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.address().resolve("/api/answer"))
                .header("Authorization", "Bearer " + phone.token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":1,\"side\":\"IT\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void aClosedQuestionRefusesAnswersAndLeavesTheSavedOneAsItWas() throws Exception {
        Phone phone = Phone.join(server);
        assertThat(phone.answer(1, "IT", "SHARED", null).status).isEqualTo(200);
        desk.onEditingThread(() -> server.setQuestionOpen(false));
        try {
            Reply closed = phone.answer(2, "IT", "NOBODY", null);
            assertThat(closed.status).isEqualTo(409);
            assertThat(closed.error()).isEqualTo(RoomServer.CLOSED);
            assertThat(participant(phone).lead()).isEqualTo(LeadAnswer.SHARED);
            assertThat(phone.get("/api/question").json().get("open").booleanValue()).isFalse();
        } finally {
            desk.onEditingThread(() -> server.setQuestionOpen(true));
        }
    }

    @Test
    void theLiveUpdatesTellAPhoneTheQuestionIsClosed() throws Exception {
        Phone phone = Phone.join(server);
        HttpResponse<java.util.stream.Stream<String>> stream = HTTP.send(get("/api/events?t=" + phone.token).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        var lines = stream.body().iterator();
        assertThat(nextData(lines)).contains("\"open\":true");
        desk.onEditingThread(() -> server.setQuestionOpen(false));
        try {
            assertThat(nextData(lines)).contains("\"open\":false");
        } finally {
            desk.onEditingThread(() -> server.setQuestionOpen(true));
            stream.body().close();
        }
    }

    @Test
    void everyReplyForbidsFramingCachingAndForeignScripts() throws Exception {
        for (String path : List.of("/", "/room.js", "/api/question")) {
            HttpResponse<String> reply = HTTP.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"));
            assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(reply.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        HttpResponse<String> page = HTTP.send(get("/").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("/room.js").doesNotContain("http://", "https://");
        assertThat(RoomServer.pageWeight(RoomMode.PERCEPTION)).isLessThan(100_000);
        assertThat(RoomServer.pageWeight(RoomMode.BLIND_ENTRY)).isLessThan(100_000);
    }

    @Test
    void aLeadersLinkFillsThatLeadersViewOnlyAndAForgedOneIsRefused() throws Exception {
        try (RoomServer blind = RoomServer.start(desk, RoomMode.BLIND_ENTRY, InetAddress.getLoopbackAddress(), 0,
                RoomLimits.DEFAULT)) {
            String cio = blind.leaderLink(org.accord.domain.guide.Leader.CIO).getFragment();
            String cmo = blind.leaderLink(org.accord.domain.guide.Leader.CMO).getFragment();
            // Typeable: twenty characters with no look-alikes (no 0/O, 1/I/L), about 99 random bits.
            assertThat(cio).isNotEqualTo(cmo).matches("[" + Secrets.CODE_ALPHABET + "]{20}");
            String activity = desk.workshop().activities().get(2).id().toString();
            String role = desk.workshop().roles().get(3).id().toString();
            Reply set = post(blind, "/api/lead/letter", cio,
                    "{\"seq\":1,\"activity\":\"" + activity + "\",\"role\":\"" + role + "\",\"letter\":\"A\"}");
            assertThat(set.status).isEqualTo(200);
            assertThat(desk.onDisk().guide().blindEntry().letter(org.accord.domain.guide.Leader.CIO,
                    java.util.UUID.fromString(activity), java.util.UUID.fromString(role))).contains(org.accord.domain.Raci.A);
            // The CIO's page holds the CIO's letter; the CMO's holds nothing of it.
            Reply cioState = send(HttpRequest.newBuilder(blind.address().resolve("/api/lead")).header("Authorization", "Bearer " + cio));
            assertThat(cioState.json().get("letters").get(activity + "/" + role).stringValue()).isEqualTo("A");
            Reply cmoState = send(HttpRequest.newBuilder(blind.address().resolve("/api/lead")).header("Authorization", "Bearer " + cmo));
            assertThat(cmoState.json().get("leader").stringValue()).isEqualTo("CMO");
            assertThat(cmoState.json().get("letters").size()).isZero();

            Reply forged = post(blind, "/api/lead/letter", Secrets.token(),
                    "{\"seq\":2,\"activity\":\"" + activity + "\",\"role\":\"" + role + "\",\"letter\":\"R\"}");
            assertThat(forged.status).isEqualTo(401);
            assertThat(forged.error()).isEqualTo(RoomServer.BAD_LINK);
            // Typed by hand in lower case, it is the same link.
            assertThat(post(blind, "/api/lead/letter", cio.toLowerCase(java.util.Locale.ROOT), "{\"seq\":2,\"activity\":\""
                    + activity + "\",\"role\":\"" + role + "\",\"letter\":\"A\"}").status).isEqualTo(200);
            assertThat(post(blind, "/api/lead/letter", cmo, "{\"seq\":1,\"activity\":\"" + activity + "\",\"role\":\""
                    + role + "\",\"letter\":\"X\"}").error()).contains("R, A, C or I");
            assertThat(post(blind, "/api/lead/letter", cmo, "{\"seq\":2,\"activity\":\"" + java.util.UUID.randomUUID()
                    + "\",\"role\":\"" + role + "\",\"letter\":\"R\"}").status).isEqualTo(409);
            assertThat(post(blind, "/api/lead/letter", cio, "{\"seq\":1,\"activity\":\"" + activity + "\",\"role\":\""
                    + role + "\",\"letter\":\"\"}").error()).contains("newer change"); // replayed number
            assertThat(post(blind, "/api/join", null, "{\"code\":\"" + blind.joinCode() + "\"}").status).isEqualTo(409);
            assertThat(desk.onDisk().guide().blindEntry().lettersOf(org.accord.domain.guide.Leader.CMO)).isZero();
        }
    }

    // ---- limits: each on a server of its own, so the class's server keeps its allowance ----

    @Test
    void wrongCodesAreRefusedAndTooManyLockTheClientOutEvenWithTheRightCode() throws Exception {
        try (RoomServer own = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0,
                new RoomLimits(40, 200, 3, 2048, 300, 400))) {
            for (int i = 0; i < 3; i++) {
                Reply wrong = post(own, "/api/join", null, "{\"code\":\"" + wrongCode(own) + "\"}");
                assertThat(wrong.status).isEqualTo(403);
                assertThat(wrong.error()).isEqualTo(RoomServer.WRONG_CODE);
            }
            Reply locked = post(own, "/api/join", null, "{\"code\":\"" + own.joinCode() + "\"}");
            assertThat(locked.status).isEqualTo(429);
            assertThat(locked.error()).isEqualTo(RoomServer.TOO_MANY_CODES);
        }
    }

    @Test
    void aBurstOfAThousandRequestsFromOneClientIsRefusedWithoutHarm() throws Exception {
        try (RoomServer own = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0,
                new RoomLimits(40, 100, 10, 2048, 300, 400))) {
            Phone phone = Phone.join(own);
            assertThat(phone.answer(1, "IT", "IT", "POOR").status).isEqualTo(200);
            int participants = desk.onDisk().guide().participants().size();
            // Eight clients from one address sending as fast as they can. A refusal ends its connection, so the rate
            // this machine reaches varies; what the limiter promises does not: at most its burst and its rate for
            // the time the burst took get through, every other request is refused with the phone's words.
            long start = System.nanoTime();
            List<CompletableFuture<List<HttpResponse<String>>>> senders = IntStream.range(0, 8).mapToObj(t ->
                    CompletableFuture.supplyAsync(() -> IntStream.range(0, 125).mapToObj(i -> {
                        try {
                            return HTTP.send(HttpRequest.newBuilder(own.address().resolve("/api/answer"))
                                    .header("Authorization", "Bearer " + phone.token).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":" + (10 + t * 1000 + i)
                                            + ",\"side\":\"IT\",\"lead\":\"NOBODY\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList())).toList();
            List<HttpResponse<String>> burst = senders.stream().flatMap(s -> s.join().stream()).toList();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<HttpResponse<String>> refused = burst.stream().filter(r -> r.statusCode() == 429).toList();
            assertThat(burst.size() - refused.size()).isLessThanOrEqualTo((int) Math.ceil(100 + 40 * seconds) + 1);
            assertThat(refused).isNotEmpty();
            assertThat(refused.get(0).body()).contains(RoomServer.TOO_MANY);
            assertThat(refused.get(0).headers().firstValue("Connection")).hasValue("close");
            // What got through was this phone's own answers, in order or refused as stale: nothing else was touched.
            assertThat(burst).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 409, 429));
            TimeUnit.MILLISECONDS.sleep(300); // the allowance refills; the server is still there and answers
            Reply after = phone.get("/api/question");
            assertThat(after.status).isEqualTo(200);
            assertThat(desk.onDisk().guide().participants()).hasSize(participants);
        }
    }

    @Test
    void stoppingClosesThePortAndVoidsTheTokens() throws Exception {
        RoomServer own = RoomServer.start(desk, RoomMode.PERCEPTION, InetAddress.getLoopbackAddress(), 0, RoomLimits.DEFAULT);
        Phone phone = Phone.join(own);
        int port = own.port();
        own.stop();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(ConnectException.class);
        assertThat(own.isRunning()).isFalse();
        assertThat(phone.token).isNotBlank();
    }

    // ---- helpers ----

    static String nextData(java.util.Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:")) {
                return line;
            }
        }
        throw new AssertionError("the stream ended");
    }

    static String wrongCode(RoomServer s) {
        String code;
        do {
            code = Secrets.joinCode();
        } while (code.equals(s.joinCode()));
        return code;
    }

    static Participant participant(Phone phone) {
        return desk.onDisk().guide().participants().stream().filter(p -> p.name().equals(phone.name())).findFirst()
                .orElseThrow(() -> new AssertionError("not on disk: " + phone.name()));
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(server.address().resolve(path)).GET();
    }

    static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    static Reply post(RoomServer s, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(s.address().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    record Reply(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String error() {
            return json().get("error").stringValue();
        }
    }

    /** A phone as the page drives it: joined with the code, then answering with its token. */
    static final class Phone {
        final RoomServer server;
        final JsonNode joined;
        final String token;

        private Phone(RoomServer server, JsonNode joined) {
            this.server = server;
            this.joined = joined;
            this.token = joined.get("token").stringValue();
        }

        static Phone join(RoomServer s) throws IOException, InterruptedException {
            Reply reply = RoomServerTest.post(s, "/api/join", null, "{\"code\":\"" + s.joinCode().toLowerCase() + "\"}");
            assertThat(reply.status).as(reply.body).isEqualTo(200);
            return new Phone(s, reply.json());
        }

        String name() {
            return joined.get("name").stringValue();
        }

        Reply answer(long seq, String side, String lead, String rating) throws IOException, InterruptedException {
            return post("/api/answer", "{\"seq\":" + seq + ",\"side\":\"" + side + "\",\"lead\":" + quoted(lead)
                    + ",\"rating\":" + quoted(rating) + "}");
        }

        Reply post(String path, String body) throws IOException, InterruptedException {
            return RoomServerTest.post(server, path, token, body);
        }

        Reply get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(server.address().resolve(path)).header("Authorization", "Bearer " + token));
        }

        private static String quoted(String s) {
            return s == null ? "null" : "\"" + s + "\"";
        }
    }
}
