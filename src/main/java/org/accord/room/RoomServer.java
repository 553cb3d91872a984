package org.accord.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.domain.Activity;
import org.accord.domain.Edit;
import org.accord.domain.Names;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.edit.GuideEdits;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.LeadAnswer;
import org.accord.domain.guide.Leader;
import org.accord.domain.guide.Rating;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The room server: while it runs, the room's phones and the leaders' devices reach the workshop through it, on one
 * address of the laptop. Jetty's own Handler API (no servlets): a static page, a small JSON API and server-sent
 * events for what changes on the laptop (a question closed, the views revealed).
 *
 * <p>Every answer becomes an {@link Edit} handed to the {@link RoomDesk}; the reply waits, without holding a
 * thread, until the desk says the edit is on disk, and only then does the phone say "Saved". What the server keeps
 * (join code, phones' tokens, the leaders' links) lives in memory for this run only: stopped, every token is void.
 * See docs/decisions/0015 for the threat model.
 */
public final class RoomServer implements AutoCloseable {
    /** Tried first: a short address to type. When it is taken, the system picks a free one. */
    public static final int PREFERRED_PORT = 8790;
    /** How long a reply waits for the disk before telling the phone "received, not saved yet". */
    static final long SAVE_WAIT_MS = 10_000;
    static final String CLOSED = "The facilitator has closed this question. Your last saved answer counts.";
    static final String REVEALED = "The facilitator has revealed the two views: your letters can no longer change.";
    static final String STOPPED = "The facilitator has stopped letting the room join.";
    static final String NOT_JOINED = "This phone is not joined (or the room was restarted). Scan the code on the screen again.";
    static final String BAD_LINK = "This link is not valid (or the room was restarted). Ask the facilitator for your link.";
    static final String TOO_MANY = "Too many requests from this device. Wait a moment, then try again.";
    static final String WRONG_CODE = "That is not the code on the screen. Check it and try again.";
    static final String TOO_MANY_CODES = "Too many wrong codes from this device. Wait a minute, then try again.";
    static final String TOO_LARGE = "That request is too large.";
    static final String UNREADABLE = "That request could not be read. Reload the page and try again.";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, StaticFile> FILES = StaticFile.load();

    private final RoomDesk desk;
    private final RoomMode mode;
    private final RoomLimits limits;
    private final Server jetty;
    private final ServerConnector connector;
    private final InetAddress address;
    private final String joinCode = Secrets.joinCode();
    private final Map<Leader, String> leaderKeys = new EnumMap<>(Leader.class);
    private final Map<Leader, Long> leaderSeq = new EnumMap<>(Leader.class); // guarded by itself
    /** Each leader's letters as last sent to that leader's pages (blind entry; guarded by itself). */
    private final Map<Leader, ObjectNode> lastLetters = new EnumMap<>(Leader.class);
    private final ConcurrentHashMap<String, Device> devices = new ConcurrentHashMap<>();
    private final AtomicInteger joined = new AtomicInteger();
    private final RateLimiter requests;
    private final RateLimiter wrongCodes;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive;
    private volatile boolean questionOpen = true;
    private volatile boolean askNames;
    private volatile boolean stopped;
    private volatile boolean lastRevealed;
    private String hostAndPort;

    private RoomServer(RoomDesk desk, RoomMode mode, InetAddress address, RoomLimits limits) {
        this.desk = desk;
        this.mode = mode;
        this.address = address;
        this.limits = limits;
        for (Leader leader : Leader.values()) {
            leaderKeys.put(leader, Secrets.leaderKey());
            leaderSeq.put(leader, 0L);
            lastLetters.put(leader, lettersOf(desk.workshop(), leader));
        }
        this.requests = new RateLimiter(limits.requestsPerSecond(), limits.burst(), 10_000, System::nanoTime);
        this.wrongCodes = new RateLimiter(limits.wrongCodesPerMinute() / 60.0, limits.wrongCodesPerMinute(), 10_000,
                System::nanoTime);
        QueuedThreadPool threads = new QueuedThreadPool(32, 2, 30_000);
        threads.setName("Accord room");
        threads.setDaemon(true);
        jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(8192);
        connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress()); // this address only: never every interface of the laptop
        connector.setIdleTimeout(60_000);
        jetty.addConnector(connector);
        jetty.setHandler(new Routes());
        jetty.setStopTimeout(100);
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "Accord room keep-alive");
            t.setDaemon(true);
            return t;
        });
        lastRevealed = desk.workshop().guide().blindEntry().revealed();
    }

    /**
     * Starts listening on {@code address} alone, on {@code port} (0: any free one; {@link #PREFERRED_PORT}: that one
     * if free, else any). Blocking (binds a socket): call it off the JavaFX thread.
     *
     * @throws IOException in words fit for the window when the address cannot be listened on
     */
    public static RoomServer start(RoomDesk desk, RoomMode mode, InetAddress address, int port, RoomLimits limits)
            throws IOException {
        try {
            return startOn(desk, mode, address, port, limits);
        } catch (IOException e) {
            if (port == 0) {
                throw e;
            }
            return startOn(desk, mode, address, 0, limits); // the preferred port is taken: any free one will do
        }
    }

    private static RoomServer startOn(RoomDesk desk, RoomMode mode, InetAddress address, int port, RoomLimits limits)
            throws IOException {
        RoomServer server = new RoomServer(desk, mode, address, limits);
        server.connector.setPort(port);
        try {
            server.jetty.start();
        } catch (Exception e) {
            server.stop();
            throw new IOException("Could not listen on " + address.getHostAddress() + (port == 0 ? "" : ":" + port)
                    + ": " + e.getMessage(), e);
        }
        server.hostAndPort = address.getHostAddress() + ":" + server.connector.getLocalPort();
        server.keepAlive.scheduleAtFixedRate(server::keepStreamsAlive, 15, 15, TimeUnit.SECONDS);
        return server;
    }

    // ---- what the window shows and switches (called on the window's thread) ----

    public RoomMode mode() {
        return mode;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The short address to type: {@code http://192.168.1.23:8790/}. */
    public URI address() {
        return URI.create("http://" + hostAndPort + "/");
    }

    public String joinCode() {
        return joinCode;
    }

    /** What the QR code holds: the address with the code, so a scan joins at once. */
    public URI joinLink() {
        return URI.create("http://" + hostAndPort + "/#code=" + joinCode);
    }

    /**
     * A leader's own link: a secret of its own (256 bits), in the part of the address a browser never sends, so it
     * stays out of any request line. Whoever has it fills that leader's view, and only that one.
     */
    public URI leaderLink(Leader leader) {
        return URI.create("http://" + hostAndPort + "/lead#" + leaderKeys.get(leader));
    }

    /** How many phones have joined. */
    public int devices() {
        return joined.get();
    }

    public boolean questionOpen() {
        return questionOpen;
    }

    /**
     * Opens or closes the perception check's questions. Call it on the thread that applies the desk's edits: an
     * answer applied after the close is refused there, so no answer slips in after the room saw it closed.
     */
    public void setQuestionOpen(boolean open) {
        questionOpen = open;
        broadcast();
    }

    public boolean askNames() {
        return askNames;
    }

    /** Whether phones are asked for a name (anonymous, as "Phone 3", by default). */
    public void setAskNames(boolean ask) {
        askNames = ask;
        broadcast();
    }

    /**
     * The workshop changed on the laptop: a reveal closes the leaders' grids on their devices at once, and a leader
     * whose letters changed other than from that leader's page (the facilitator's Undo, Redo or typing on the
     * laptop) is sent the letters the laptop now holds, so the page never shows a letter the laptop no longer has.
     */
    public void workshopChanged() {
        Workshop workshop = desk.workshop();
        boolean revealed = workshop.guide().blindEntry().revealed();
        if (revealed != lastRevealed) {
            lastRevealed = revealed;
            broadcast();
        }
        if (mode != RoomMode.BLIND_ENTRY) {
            return;
        }
        for (Leader leader : Leader.values()) {
            ObjectNode letters = lettersOf(workshop, leader);
            ObjectNode before;
            synchronized (lastLetters) {
                before = lastLetters.put(leader, letters);
            }
            if (!letters.equals(before)) {
                String event = "event: letters\ndata: " + JSON.writeValueAsString(letters) + "\n\n";
                streams.stream().filter(s -> s.leader == leader).forEach(s -> s.send(event));
            }
        }
    }

    /** One leader's letters, by "activity/role"; never the other leader's. */
    private static ObjectNode lettersOf(Workshop workshop, Leader leader) {
        BlindEntry blind = workshop.guide().blindEntry();
        ObjectNode letters = JSON.createObjectNode();
        for (Activity a : workshop.activities()) {
            for (Role r : workshop.roles()) {
                blind.letter(leader, a.id(), r.id()).ifPresent(l -> letters.put(a.id() + "/" + r.id(), l.letter()));
            }
        }
        return letters;
    }

    /**
     * Refuses every answer from now on, at once and without blocking (the port closes a moment later, in
     * {@link #stop}); the phones hear that the facilitator stopped.
     */
    public void closeDoors() {
        stopped = true;
        broadcast();
    }

    /** Stops listening and closes the port; every token of this run is void. Blocking: call it off the JavaFX thread. */
    public void stop() {
        stopped = true;
        keepAlive.shutdownNow();
        try {
            jetty.stop();
        } catch (Exception e) {
            // Stopping a server that failed to start, or one already stopped: the port is closed either way.
        }
        streams.clear();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return jetty.isStarted() && !stopped;
    }

    // ---- the routes ----

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            secureHeaders(response);
            try {
                route(request, response, callback);
            } catch (Refusal refusal) {
                refuse(response, callback, refusal);
            } catch (RuntimeException e) {
                refuse(response, callback, new Refusal(500, "The laptop could not handle that request."));
            }
            return true;
        }
    }

    /**
     * On every reply: the page may load only its own script and style and talk only to this server; no other page
     * may frame it (a hidden frame could trick a tap); nothing is kept in a cache (an answer on a shared phone).
     */
    private static void secureHeaders(Response response) {
        var headers = response.getHeaders();
        headers.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private void route(Request request, Response response, Callback callback) {
        if (!requests.allow(Request.getRemoteAddr(request))) {
            throw new Refusal(429, TOO_MANY);
        }
        if (!(hostAndPort).equals(request.getHeaders().get(HttpHeader.HOST))) {
            // A page elsewhere that made its own name point at this laptop (DNS rebinding) sends its own name here.
            throw new Refusal(421, "This address is not the room's. Type the address shown on the screen.");
        }
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (path.startsWith("/api/")) {
            if (stopped) {
                throw new Refusal(503, STOPPED);
            }
            switch (method + " " + path) {
                case "POST /api/join" -> withBody(request, response, callback, body -> join(request, body, response, callback));
                case "GET /api/question" -> send(response, callback, 200, questionState(device(request)));
                case "POST /api/answer" -> {
                    Device device = device(request);
                    withBody(request, response, callback, body -> answer(device, body, response, callback));
                }
                case "GET /api/lead" -> send(response, callback, 200, leaderState(leader(request)));
                case "POST /api/lead/letter" -> {
                    Leader leader = leader(request);
                    withBody(request, response, callback, body -> letter(leader, body, response, callback));
                }
                case "GET /api/events" -> events(request, response, callback);
                default -> throw new Refusal(404, "There is no such request.");
            }
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            throw new Refusal(405, "That is not allowed here.");
        }
        StaticFile file = FILES.get(path.equals("/") ? "/index.html" : path.equals("/lead") ? "/lead.html" : path);
        if (file == null) {
            throw new Refusal(404, "There is no such page.");
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.type());
        response.write(true, "HEAD".equals(method) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(file.bytes()), callback);
    }

    // ---- the perception check ----

    /**
     * "Phone N", from the number of phones joined on, skipping the names the workshop's participants and this room's
     * phones have already: a room started again (or a workshop reopened) counts from 1 again, and a second "Phone 2"
     * would have joined the attendees as a twin of the first.
     */
    private String freshPhoneName(int from) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        desk.workshop().guide().participants().forEach(p -> taken.add(p.name()));
        devices.values().forEach(d -> taken.add(d.defaultName));
        int n = from;
        while (taken.contains("Phone " + n)) {
            n++;
        }
        return "Phone " + n;
    }

    private void join(Request request, JsonNode body, Response response, Callback callback) {
        if (mode != RoomMode.PERCEPTION) {
            throw new Refusal(409, "The room is not answering the perception check now.");
        }
        String client = Request.getRemoteAddr(request);
        if (wrongCodes.exhausted(client)) {
            throw new Refusal(429, TOO_MANY_CODES);
        }
        onlyFields(body, "code", "participant");
        String code = Secrets.normaliseCode(text(body, "code", 40, "Type the code shown on the screen."));
        if (!Secrets.same(code, joinCode)) {
            wrongCodes.allow(client);
            throw new Refusal(403, WRONG_CODE);
        }
        if (devices.size() >= limits.maxDevices()) {
            throw new Refusal(503, "The room is full: no more phones can join. Tell the facilitator.");
        }
        int number = joined.incrementAndGet();
        String token = Secrets.token();
        Device device;
        synchronized (devices) { // two phones coming back with the same participant: only one takes it
            device = returning(body).orElseGet(() -> new Device(UUID.randomUUID(), freshPhoneName(number)));
            devices.put(token, device);
        }
        desk.devicesJoined(number);
        ObjectNode reply = questionState(device);
        reply.put("token", token);
        reply.put("participant", device.participantId.toString());
        reply.put("returning", reply.has("side")); // the answers it gave before are in the reply
        send(response, callback, 200, reply);
    }

    /**
     * A phone that answered in an earlier run of the room (the facilitator stopped and started it again, or reopened
     * the workshop) and sends back the participant it was told then: it is that participant again, with its answers,
     * instead of a second one counted twice on the chart. The participant's id was sent only to that phone, and it is
     * 122 random bits: as hard to guess as a token. An id that is not among the workshop's participants, or that a
     * phone of this run already holds, makes a new participant, as a first join does.
     */
    private java.util.Optional<Device> returning(JsonNode body) {
        if (!body.hasNonNull("participant")) {
            return java.util.Optional.empty();
        }
        UUID id;
        try {
            id = UUID.fromString(text(body, "participant", 40, null));
        } catch (IllegalArgumentException | Refusal unreadable) {
            return java.util.Optional.empty(); // an old or damaged note on the phone: it joins as a new participant
        }
        if (devices.values().stream().anyMatch(d -> d.participantId.equals(id))) {
            return java.util.Optional.empty();
        }
        return desk.workshop().guide().participants().stream().filter(p -> p.id().equals(id)).findFirst().map(p -> {
            Device device = new Device(p.id(), p.name());
            synchronized (device) {
                device.answer = new Answer(p.side(), p.lead(), p.otherSideUnderstanding(), null);
            }
            return device;
        });
    }

    private ObjectNode questionState(Device device) {
        if (mode != RoomMode.PERCEPTION) {
            throw new Refusal(409, "The room is not answering the perception check now.");
        }
        ObjectNode state = JSON.createObjectNode();
        state.put("title", desk.workshop().title());
        state.put("open", questionOpen);
        state.put("askNames", askNames);
        synchronized (device) {
            state.put("name", device.answer == null || device.answer.name() == null ? device.defaultName : device.answer.name());
            state.put("seq", device.seq);
            if (device.answer != null) {
                state.put("side", device.answer.side().name());
                state.put("lead", device.answer.lead() == null ? null : device.answer.lead().name());
                state.put("rating", device.answer.rating() == null ? null : device.answer.rating().name());
            }
        }
        return state;
    }

    private void answer(Device device, JsonNode body, Response response, Callback callback) {
        onlyFields(body, "seq", "side", "lead", "rating", "name");
        long seq = number(body, "seq");
        Side side = choice(body, "side", Side.class, "Pick your side first: IT, marketing or other.");
        LeadAnswer lead = body.hasNonNull("lead") ? choice(body, "lead", LeadAnswer.class, null) : null;
        Rating rating = body.hasNonNull("rating") ? choice(body, "rating", Rating.class, null) : null;
        String name = null;
        if (askNames && body.hasNonNull("name") && !text(body, "name", 400, null).isBlank()) {
            try {
                name = Names.clean(text(body, "name", 400, null), "your name");
                if (name.length() > 60) {
                    throw new ValidationException("Your name is too long: at most 60 characters.");
                }
            } catch (ValidationException e) {
                throw new Refusal(400, e.getMessage());
            }
        }
        Answer answer = new Answer(side, lead, rating, name);
        CompletableFuture<Void> saved;
        synchronized (device) {
            if (seq < device.seq) {
                throw Refusal.conflict("A newer answer from this phone is already on the laptop.");
            }
            if (seq == device.seq && !answer.equals(device.answer)) {
                throw Refusal.conflict("This request was already used for another answer. Reload the page.");
            }
            device.seq = seq;
            device.answer = answer;
            // Sent again (the phone heard nothing back): the same whole answer, applied again, changes nothing twice.
            Edit edit = GuideEdits.answerFromPhone(device.participantId, name == null ? device.defaultName : name,
                    side, lead, rating);
            saved = desk.apply(new Edit(edit.description(), w -> {
                if (!questionOpen || stopped) {
                    throw new ValidationException(stopped ? STOPPED : CLOSED);
                }
                return edit.applyTo(w);
            }));
        }
        replyWhenSaved(saved, response, callback, seq);
    }

    // ---- blind entry ----

    private Leader leader(Request request) {
        if (mode != RoomMode.BLIND_ENTRY) {
            throw new Refusal(404, BAD_LINK);
        }
        Leader leader = leaderOf(bearer(request));
        if (leader == null) {
            throw new Refusal(401, BAD_LINK);
        }
        return leader;
    }

    /** Whose key this is, or null; a key typed in lower case or with spaces is forgiven, as the join code is. */
    private Leader leaderOf(String key) {
        String typed = key == null ? null : Secrets.normaliseCode(key);
        Leader found = null;
        for (Map.Entry<Leader, String> e : leaderKeys.entrySet()) {
            if (Secrets.same(typed, e.getValue())) {
                found = e.getKey();
            }
        }
        return found;
    }

    /** One leader's grid: the activities and roles, and that leader's letters only, never the other's. */
    private ObjectNode leaderState(Leader leader) {
        Workshop workshop = desk.workshop();
        BlindEntry blind = workshop.guide().blindEntry();
        ObjectNode state = JSON.createObjectNode();
        state.put("title", workshop.title());
        state.put("leader", leader.label());
        state.put("open", !blind.revealed());
        synchronized (leaderSeq) {
            state.put("seq", leaderSeq.get(leader));
        }
        ArrayNode roles = state.putArray("roles");
        for (Role r : workshop.roles()) {
            roles.addObject().put("id", r.id().toString()).put("label", r.shortLabel()).put("name", r.name());
        }
        ArrayNode activities = state.putArray("activities");
        for (Activity a : workshop.activities()) {
            activities.addObject().put("id", a.id().toString()).put("name", a.name()).put("group", a.group());
        }
        state.set("letters", lettersOf(workshop, leader));
        return state;
    }

    private void letter(Leader leader, JsonNode body, Response response, Callback callback) {
        onlyFields(body, "seq", "activity", "role", "letter");
        long seq = number(body, "seq");
        UUID activity = id(body, "activity");
        UUID role = id(body, "role");
        String typed = text(body, "letter", 1, "A letter is R, A, C or I, or none.");
        Raci letter = typed.isEmpty() ? null : Raci.fromTyped(typed)
                .orElseThrow(() -> new Refusal(400, "A letter is R, A, C or I, or none."));
        Workshop workshop = desk.workshop();
        if (workshop.activity(activity).isEmpty() || workshop.role(role).isEmpty()) {
            throw Refusal.conflict("That activity or role is no longer in the workshop. Reload the page.");
        }
        CompletableFuture<Void> saved;
        synchronized (leaderSeq) {
            if (seq <= leaderSeq.get(leader)) {
                throw Refusal.conflict("A newer change to your grid is already on the laptop. Reload the page.");
            }
            leaderSeq.put(leader, seq);
            Edit edit = GuideEdits.setBlindLetter(leader, activity, role, letter);
            saved = desk.apply(new Edit(edit.description(), w -> {
                if (stopped) {
                    throw new ValidationException(STOPPED);
                }
                if (w.guide().blindEntry().revealed()) {
                    throw new ValidationException(REVEALED);
                }
                return edit.applyTo(w);
            }));
        }
        replyWhenSaved(saved, response, callback, seq);
    }

    // ---- replies ----

    /** "Saved" once the disk has it; "received" if the disk is slow; the refusal's words if it was refused. */
    private void replyWhenSaved(CompletableFuture<Void> saved, Response response, Callback callback, long seq) {
        saved.copy().orTimeout(SAVE_WAIT_MS, TimeUnit.MILLISECONDS).whenCompleteAsync((done, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause == null) {
                send(response, callback, 200, JSON.createObjectNode().put("saved", true).put("seq", seq));
            } else if (cause instanceof TimeoutException) {
                send(response, callback, 202, JSON.createObjectNode().put("saved", false).put("seq", seq)
                        .put("message", "The laptop has your answer but has not saved it yet; this page will try again."));
            } else if (cause instanceof Refusal refusal) {
                refuse(response, callback, refusal);
            } else {
                refuse(response, callback, new Refusal(500, "The laptop could not take that answer."));
            }
        }, jetty.getThreadPool());
    }

    private static void send(Response response, Callback callback, int status, ObjectNode body) {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static void refuse(Response response, Callback callback, Refusal refusal) {
        if (refusal.status() == 413 || refusal.status() == 429) {
            // Its body is left unread: the connection ends here, and the client knows not to send on it again.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        send(response, callback, refusal.status(), JSON.createObjectNode().put("error", refusal.getMessage()));
    }

    // ---- reading requests: every field checked, anything else refused ----

    private interface BodyAction {
        void accept(JsonNode body);
    }

    private void withBody(Request request, Response response, Callback callback, BodyAction action) {
        if (request.getLength() > limits.maxBodyBytes()) {
            throw new Refusal(413, TOO_LARGE);
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refusal(415, UNREADABLE);
        }
        Content.Source.asByteArrayAsync(request, limits.maxBodyBytes()).whenComplete((bytes, failure) -> {
            try {
                if (failure != null) {
                    throw new Refusal(413, TOO_LARGE); // the only way a body that fits the limit fails is a cut connection
                }
                JsonNode body;
                try {
                    body = JSON.readTree(bytes);
                } catch (JacksonException e) {
                    throw new Refusal(400, UNREADABLE);
                }
                if (body == null || !body.isObject()) {
                    throw new Refusal(400, UNREADABLE);
                }
                action.accept(body);
            } catch (Refusal refusal) {
                refuse(response, callback, refusal);
            } catch (RuntimeException e) {
                refuse(response, callback, new Refusal(500, "The laptop could not handle that request."));
            }
        });
    }

    private Device device(Request request) {
        Device device = devices.get(bearer(request));
        if (device == null) {
            throw new Refusal(401, NOT_JOINED);
        }
        return device;
    }

    private static String bearer(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || !header.startsWith("Bearer ") || header.length() > 100) {
            return "";
        }
        return header.substring("Bearer ".length()).strip();
    }

    private static void onlyFields(JsonNode body, String... allowed) {
        Set<String> names = Set.of(allowed);
        for (String field : body.propertyNames()) {
            if (!names.contains(field)) {
                throw new Refusal(400, UNREADABLE);
            }
        }
    }

    private static String text(JsonNode body, String field, int maxLength, String missing) {
        JsonNode node = body.get(field);
        if (node == null || !node.isString()) {
            throw new Refusal(400, missing == null ? UNREADABLE : missing);
        }
        String value = node.stringValue();
        if (value.length() > maxLength) {
            throw new Refusal(400, missing == null ? UNREADABLE : missing);
        }
        return value;
    }

    private static long number(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1
                || node.longValue() > 1_000_000_000_000L) {
            throw new Refusal(400, UNREADABLE);
        }
        return node.longValue();
    }

    private static UUID id(JsonNode body, String field) {
        String text = text(body, field, 36, null);
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, UNREADABLE);
        }
    }

    private static <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> type, String missing) {
        String name = text(body, field, 20, missing);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "That is not one of the answers on offer. Reload the page.");
        }
    }

    // ---- live updates: server-sent events ----

    private void events(Request request, Response response, Callback callback) {
        String token = Request.extractQueryParameters(request).getValue("t");
        Leader leader = null;
        if (mode == RoomMode.BLIND_ENTRY) {
            leader = leaderOf(token);
            if (leader == null) {
                throw new Refusal(401, BAD_LINK);
            }
        } else if (token == null || !devices.containsKey(token)) {
            throw new Refusal(401, NOT_JOINED);
        }
        if (streams.size() >= limits.maxEventStreams()) {
            throw new Refusal(503, "Too many devices are listening; the page will ask again in a moment.");
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        EventStream stream = new EventStream(response, callback, leader);
        streams.add(stream);
        stream.send("retry: 3000\n\n" + stateEvent(stream.leader != null));
    }

    private String stateEvent(boolean leader) {
        ObjectNode state = JSON.createObjectNode();
        if (leader) {
            state.put("open", !stopped && !lastRevealed);
        } else {
            state.put("open", !stopped && questionOpen);
            state.put("askNames", askNames);
        }
        return "event: state\ndata: " + JSON.writeValueAsString(state) + "\n\n";
    }

    private void broadcast() {
        for (EventStream stream : streams) {
            stream.send(stateEvent(stream.leader != null));
        }
    }

    private void keepStreamsAlive() {
        for (EventStream stream : streams) {
            stream.send(": still here\n\n");
        }
    }

    /** One open event stream: writes one at a time, in order, never holding a thread between them. */
    private final class EventStream {
        private final Response response;
        private final Callback callback;
        /** The leader whose page listens, or null for a participant's phone. */
        private final Leader leader;
        private final java.util.ArrayDeque<ByteBuffer> queue = new java.util.ArrayDeque<>();
        private boolean writing;
        private boolean closed;

        EventStream(Response response, Callback callback, Leader leader) {
            this.response = response;
            this.callback = callback;
            this.leader = leader;
        }

        void send(String text) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (queue.size() > 16) { // a phone that reads nothing: let it go, it reconnects when it wakes
                    fail(new IOException("not reading"));
                    return;
                }
                queue.add(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                if (writing) {
                    return;
                }
                writing = true;
            }
            writeNext();
        }

        private void writeNext() {
            ByteBuffer next;
            synchronized (this) {
                next = queue.poll();
                if (next == null || closed) {
                    writing = false;
                    return;
                }
            }
            response.write(false, next, Callback.from(this::writeNext, this::fail));
        }

        private void fail(Throwable failure) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                queue.clear();
            }
            streams.remove(this);
            callback.failed(failure);
        }
    }

    // ---- what the server keeps per phone ----

    private static final class Device {
        final UUID participantId;
        final String defaultName;
        long seq; // guarded by this
        Answer answer; // guarded by this

        Device(UUID participantId, String defaultName) {
            this.participantId = participantId;
            this.defaultName = defaultName;
        }
    }

    private record Answer(Side side, LeadAnswer lead, Rating rating, String name) {
    }

    /** The page, its style and its script, read from the jar once. */
    private record StaticFile(byte[] bytes, String type) {
        static Map<String, StaticFile> load() {
            Map<String, StaticFile> files = new HashMap<>();
            for (String name : new String[] {"index.html", "lead.html", "room.css", "room.js", "lead.js"}) {
                try (InputStream in = RoomServer.class.getResourceAsStream("web/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing from the jar: room page " + name);
                    }
                    String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                            : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
                    files.put("/" + name, new StaticFile(in.readAllBytes(), type));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Map.copyOf(files);
        }
    }

    /** The total size of the page a phone loads (HTML, style, script): the page weight the benchmark reports. */
    public static long pageWeight(RoomMode mode) {
        return mode == RoomMode.PERCEPTION
                ? FILES.get("/index.html").bytes().length + FILES.get("/room.css").bytes().length + FILES.get("/room.js").bytes().length
                : FILES.get("/lead.html").bytes().length + FILES.get("/room.css").bytes().length + FILES.get("/lead.js").bytes().length;
    }
}
