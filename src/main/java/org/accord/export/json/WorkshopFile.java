package org.accord.export.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.domain.AccordException;
import org.accord.domain.Activity;
import org.accord.domain.ActivityStatus;
import org.accord.domain.Messages;
import org.accord.domain.Cell;
import org.accord.domain.Names;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Side;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.domain.WorkshopDetails;
import org.accord.domain.guide.Guide;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exchange file, {@code *.accord.json}: a whole workshop, versioned, to move it to another laptop. Reading
 * never touches a stored workshop: it returns a new, unsaved one, or an error that names the place in the file.
 */
public final class WorkshopFile {
    public static final String FORMAT = "accord-workshop";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".accord.json";

    record Header(String format, Integer formatVersion) {
    }

    record ExchangeFile(String format, int formatVersion, WorkshopData workshop) {
    }

    /** {@code guide} and the ids were added within format version 1: older files lack them and still import. */
    record WorkshopData(String title, String organization, String date, String facilitator, String notes,
                        Integer consultedLimit, List<String> groups, List<RoleData> roles, List<ActivityData> activities,
                        Guide guide) {
    }

    /** @param id what the guide's references name; a fresh id is given on import */
    record RoleData(String id, String name, String label, String side) {
    }

    record ActivityData(String id, String name, String group, String description, String rationale, String status,
                        Map<String, String> letters) {
    }

    /**
     * The longest text a file may hold in one value. Every name and text Accord keeps is at most
     * {@value Names#MAX_TEXT_LENGTH} characters; ten times that leaves room for characters cleaning removes, and a
     * file with a longer value (a 50 MB one was tried) is refused as soon as the parser meets it, at its place.
     */
    static final int MAX_VALUE_LENGTH = 10 * Names.MAX_TEXT_LENGTH;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Two values for one key: which one Accord took would be a guess; the file is refused instead.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_VALUE_LENGTH).build())
            // The parser's own messages quote the token at fault; a short excerpt is enough to find it.
            .errorReportConfiguration(ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(Messages.EXCERPT_LENGTH).maxRawContentLength(Messages.EXCERPT_LENGTH).build())
            .build();

    private static final JsonMapper JSON = JsonMapper.builder(FACTORY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a later 1.x may add fields
            .build();

    private WorkshopFile() {
    }

    public static void write(Workshop workshop, OutputStream out) throws IOException {
        try {
            JSON.writeValue(out, new ExchangeFile(FORMAT, FORMAT_VERSION, data(workshop)));
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    static JsonMapper mapper() {
        return JSON;
    }

    static WorkshopData data(Workshop workshop) {
        List<RoleData> roles = workshop.roles().stream()
                .map(r -> new RoleData(r.id().toString(), r.name(), r.shortLabel(), r.side().name())).toList();
        List<ActivityData> activities = workshop.activities().stream().map(a -> {
            Map<String, String> letters = new LinkedHashMap<>();
            for (Role role : workshop.roles()) {
                workshop.letter(a.id(), role.id()).ifPresent(l -> letters.put(role.shortLabel(), l.letter()));
            }
            return new ActivityData(a.id().toString(), a.name(), a.group(), a.description(), a.rationale(),
                    a.status().name(), letters);
        }).toList();
        var d = workshop.details();
        WorkshopData data = new WorkshopData(d.title(), d.organization(), d.date() == null ? null : d.date().toString(),
                d.facilitator(), d.notes(), workshop.consultedLimit(), workshop.groups(), roles, activities,
                workshop.guide());
        return data;
    }

    /**
     * A new, unsaved workshop from a file, read whole and checked before anything is saved, so a bad file imports
     * nothing. The one reader of workshop files (the start screen, a double-clicked file, the import command), so a
     * missing or unreadable file is reported in the same words wherever it was named.
     */
    public static Workshop read(Path file, Instant now) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AccordException("There is no file " + file.toAbsolutePath() + ".", e);
        } catch (IOException e) {
            throw new AccordException("Accord could not read " + file.toAbsolutePath() + ": "
                    + Messages.clause(e.getMessage()) + ".", e);
        }
        return read(bytes, now);
    }

    /** A new, unsaved workshop from a file's bytes; {@code now} becomes its created and last-edited time. */
    public static Workshop read(byte[] file, Instant now) {
        if (new String(file, 0, Math.min(file.length, 64), java.nio.charset.StandardCharsets.UTF_8).isBlank()
                && file.length <= 64) {
            throw new AccordException("This is not an Accord workshop file: it is empty. Nothing was imported.");
        }
        Header header = parse(file, Header.class);
        if (!FORMAT.equals(header.format()) || header.formatVersion() == null) {
            throw new AccordException("This is not an Accord workshop file: it has no \"format\": \"" + FORMAT
                    + "\" with a \"formatVersion\".");
        }
        if (header.formatVersion() < 1) {
            throw new AccordException("This file gives its format version as " + header.formatVersion()
                    + "; Accord workshop files are version 1 or later. Nothing was imported.");
        }
        if (header.formatVersion() > FORMAT_VERSION) {
            throw new AccordException("This file was written by a newer Accord (format version " + header.formatVersion()
                    + "); this Accord reads version " + FORMAT_VERSION + ". Update Accord to import it.");
        }
        ExchangeFile parsed = parse(file, ExchangeFile.class);
        if (parsed.workshop() == null) {
            throw placed("workshop", "is missing");
        }
        return toWorkshop(parsed.workshop(), now, false);
    }

    public static Workshop read(InputStream in, Instant now) throws IOException {
        return read(in.readAllBytes(), now);
    }

    static <T> T parse(byte[] file, Class<T> type) {
        // Our own parser, so that where it stopped is known even for a failure that does not say (a value too long).
        JsonParser parser = null;
        try (JsonParser opened = JSON.createParser(file)) {
            parser = opened;
            return JSON.readValue(opened, type);
        } catch (tools.jackson.databind.DatabindException e) {
            if (e.getCause() instanceof ValidationException refused) {
                // A value of the right kind that the workshop refuses, such as an empty name in the guide.
                throw placed(path(e.getPath()), refused.getMessage());
            }
            // Well-formed JSON with a value of the wrong kind: name the place as a path, not a Java type.
            throw new AccordException("The workshop file has a problem at " + path(e.getPath())
                    + where(e.getLocation()) + ": the value there is not of the expected kind (text, number or list)."
                    + " Nothing was imported.", e);
        } catch (StreamConstraintsException e) {
            throw new AccordException("The workshop file has a problem at " + parserPlace(parser)
                    + where(parser == null ? null : parser.currentLocation())
                    + ": the value there is longer than Accord accepts (at most " + MAX_VALUE_LENGTH
                    + " characters). Nothing was imported.", e);
        } catch (StreamReadException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate Object property")) {
                throw new AccordException("The workshop file has a problem at " + parserPlace(e.processor())
                        + where(e.getLocation())
                        + ": that name is given twice in the same place, so Accord cannot tell which value is meant."
                        + " Nothing was imported.", e);
            }
            throw notJson(e);
        } catch (JacksonException e) {
            throw notJson(e);
        }
    }

    private static AccordException notJson(JacksonException e) {
        return new AccordException("The workshop file is not valid JSON" + where(e.getLocation()) + ": "
                + Messages.clause(e.getOriginalMessage()) + ". Nothing was imported.", e);
    }

    /**
     * Where the parser was when it stopped, as a path like {@code workshop.activities[3].name}: a failure while
     * reading a value has no binding path yet, only the parser's.
     */
    private static String parserPlace(JsonParser parser) {
        if (parser == null) {
            return "the top";
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                parts.addFirst("." + Messages.excerpt(c.currentName(), Messages.EXCERPT_LENGTH));
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "the top" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String where(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".")
                        .append(Messages.excerpt(reference.getPropertyName(), Messages.EXCERPT_LENGTH));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top" : path.toString();
    }

    /**
     * The data as a workshop. An import gives roles and activities fresh ids ({@code keepIds} false): the file may be
     * imported twice. The edit journal ({@link EditJournalFile}) keeps them: its workshop is the one on the server,
     * and merging with it goes cell by cell, by id.
     */
    static Workshop toWorkshop(WorkshopData data, Instant now, boolean keepIds) {
        LocalDate date = null;
        if (data.date() != null && !data.date().isBlank()) {
            try {
                date = LocalDate.parse(data.date());
            } catch (DateTimeParseException e) {
                throw placed("workshop.date", Messages.quote(data.date()) + " is not a date like 2026-11-22");
            }
        }
        // Each field is checked at its own place first: the details' constructor would refuse long notes as well,
        // but a file's reader must be told which field to fix.
        at("workshop.title", null, x -> Names.clean(data.title(), "the workshop title"));
        at("workshop.organization", null, x -> Names.cleanText(data.organization(), "the organization"));
        at("workshop.facilitator", null, x -> Names.cleanText(data.facilitator(), "the facilitator"));
        at("workshop.notes", null, x -> Names.cleanText(data.notes(), "the notes"));
        LocalDate day = date;
        WorkshopDetails details = at("workshop", null,
                x -> new WorkshopDetails(data.title(), data.organization(), day, data.facilitator(), data.notes()));
        Workshop w = Workshop.create(details, now, List.of(), List.of(), List.of());
        if (data.consultedLimit() != null) {
            w = at("workshop.consultedLimit", w, x -> x.withConsultedLimit(data.consultedLimit()));
        }
        List<String> groups = data.groups() == null ? List.of() : data.groups();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            w = at("workshop.groups[" + i + "]", w, x -> x.withGroupAdded(group));
        }
        Map<java.util.UUID, java.util.UUID> newIds = new java.util.HashMap<>();
        List<RoleData> roles = data.roles() == null ? List.of() : data.roles();
        for (int i = 0; i < roles.size(); i++) {
            RoleData role = roles.get(i);
            String place = "workshop.roles[" + i + "]";
            Side side = enumValue(Side.class, role.side(), place + ".side", "IT, MARKETING, BUSINESS or EXTERNAL");
            Role created = at(place, null, x -> keepIds ? new Role(idOf(role.id(), place), role.name(), role.label(), side)
                    : Role.create(role.name(), role.label(), side));
            w = at(place, w, x -> x.withRoleAdded(created));
            remember(newIds, role.id(), created.id());
        }
        List<ActivityData> activities = data.activities() == null ? List.of() : data.activities();
        if (activities.size() > Workshop.MAX_ACTIVITIES) {
            throw placed("workshop.activities", String.format(Locale.ROOT,
                    "it has %,d activities, and a workshop holds at most %,d", activities.size(), Workshop.MAX_ACTIVITIES));
        }
        // Checked row by row here, then added in one go: adding 10,000 rows one at a time checked every name again
        // for each row and took minutes. Names and groups are compared as the workshop compares them (by key).
        List<Activity> added = new java.util.ArrayList<>(activities.size());
        java.util.Set<String> names = new java.util.HashSet<>();
        Map<String, String> groupsByKey = new java.util.HashMap<>();
        w.groups().forEach(g -> groupsByKey.put(Names.key(g), g));
        Map<Cell, Raci> letters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityData a = activities.get(i);
            String place = "workshop.activities[" + i + "]";
            ActivityStatus status = a.status() == null ? ActivityStatus.OPEN
                    : enumValue(ActivityStatus.class, a.status(), place + ".status", "OPEN, AGREED or DISPUTED");
            Activity activity = at(place, null, x -> new Activity(keepIds ? idOf(a.id(), place) : java.util.UUID.randomUUID(), a.name(),
                    a.description(), a.group(), a.rationale(), status));
            if (!groupsByKey.computeIfAbsent(Names.key(activity.group()), k -> activity.group()).equals(activity.group())) {
                throw placed(place, Workshop.nameTaken("group", activity.group()).getMessage());
            }
            if (!names.add(Names.key(activity.name()))) {
                throw placed(place, Workshop.nameTaken("activity", activity.name()).getMessage());
            }
            added.add(activity);
            remember(newIds, a.id(), activity.id());
            if (a.letters() != null) {
                for (Map.Entry<String, String> letter : a.letters().entrySet()) {
                    String letterPlace = place + ".letters." + Messages.excerpt(letter.getKey(), Messages.EXCERPT_LENGTH);
                    Role role = w.roleLabelled(letter.getKey()).orElseThrow(() -> placed(letterPlace,
                            "names no role of this workshop; use a role's short label"));
                    Raci value = letter.getValue() == null ? null : Raci.fromTyped(letter.getValue().strip()).orElse(null);
                    if (value == null || letter.getValue().strip().length() != 1) {
                        throw placed(letterPlace, Messages.quote(letter.getValue()) + " is not a RACI letter; use R, A, C or I");
                    }
                    letters.put(new Cell(activity.id(), role.id()), value);
                }
            }
        }
        w = at("workshop.activities", w, x -> x.withActivitiesAdded(added).withLettersSet(letters));
        if (data.guide() != null) {
            // The guide names activities and roles by the ids in the file; the imported copy has fresh ones.
            w = w.withGuide(data.guide().remapped(newIds));
        }
        return w;
    }

    private static java.util.UUID idOf(String id, String place) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw placed(place + ".id", Messages.quote(id) + " is not an id Accord wrote");
        }
    }

    private static void remember(Map<java.util.UUID, java.util.UUID> newIds, String oldId, java.util.UUID newId) {
        if (oldId == null) {
            return;
        }
        try {
            newIds.put(java.util.UUID.fromString(oldId), newId);
        } catch (IllegalArgumentException e) {
            // Not an id Accord wrote: nothing in the guide can name it, so there is nothing to carry over.
        }
    }

    private interface Step<T> {
        T apply(Workshop w);
    }

    private static <T> T at(String place, Workshop w, Step<T> step) {
        try {
            return step.apply(w);
        } catch (ValidationException e) {
            throw placed(place, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String place, String allowed) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw placed(place, Messages.quote(value) + " is not one of " + allowed);
        }
    }

    private static AccordException placed(String place, String problem) {
        return new AccordException("The workshop file has a problem at " + place + ": " + Messages.clause(problem)
                + ". Nothing was imported.");
    }
}
