package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.accord.domain.AccordException;
import org.accord.domain.Activity;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.export.json.WorkshopFile;
import org.accord.testing.GeneratedWorkshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkshopFileTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    static String json(Workshop w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkshopFile.write(w, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What a workshop says, without its ids and times: what an exchange must keep. */
    static List<Object> content(Workshop w) {
        return List.of(w.details(), w.consultedLimit(), w.groups(),
                w.roles().stream().map(r -> List.of(r.name(), r.shortLabel(), r.side())).toList(),
                w.activities().stream().map(a -> List.of(a.name(), a.description(), a.group(), a.rationale(), a.status(),
                        w.roles().stream().map(r -> w.letter(a.id(), r.id()).map(Enum::name).orElse("")).toList()))
                        .toList());
    }

    /**
     * A file Accord wrote (a template workshop taken through every step of the guide) imports and is written again
     * byte for byte, but for the fresh ids the import gives roles and activities: the file's shape includes the
     * guide's records as Jackson maps them, so reshaping those records must not change it.
     */
    @Test
    void aStoredFileImportsAndIsWrittenBackByteForByteButForTheFreshIds() throws IOException {
        byte[] stored;
        try (var in = WorkshopFileTest.class.getResourceAsStream("guided-workshop-v1.accord.json")) {
            stored = in.readAllBytes();
        }
        Workshop imported = WorkshopFile.read(stored, NOW);
        assertThat(imported.guide().participants()).hasSize(2);
        assertThat(imported.guide().agreements()).hasSize(1);
        assertThat(imported.guide().blindEntry().settlements()).hasSize(1);

        var file = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored).get("workshop");
        String written = json(imported);
        for (int i = 0; i < imported.roles().size(); i++) {
            written = written.replace(imported.roles().get(i).id().toString(), file.get("roles").get(i).get("id").asString());
        }
        for (int i = 0; i < imported.activities().size(); i++) {
            written = written.replace(imported.activities().get(i).id().toString(),
                    file.get("activities").get(i).get("id").asString());
        }
        assertThat(written).isEqualTo(new String(stored, StandardCharsets.UTF_8));
    }

    @Test
    void theGuideTravelsWithTheFileOnTheImportedCopysNewIds() throws IOException {
        Workshop w = GeneratedWorkshop.of(4, 3);
        var a0 = w.activities().get(0);
        var a1 = w.activities().get(1);
        var r0 = w.roles().get(0);
        w = w.withActivityAgreed(a1.id(), "CIO and CMO", NOW)
                .withBlindLetter(org.accord.domain.guide.Leader.CIO, a0.id(), r0.id(), org.accord.domain.Raci.A);
        w = w.withGuide(w.guide()
                .withParticipantAdded(org.accord.domain.guide.Participant.create("Ana", r0.id(), org.accord.domain.Side.IT))
                .withInitiatives(List.of(org.accord.domain.guide.Initiative.create("CRM", org.accord.domain.guide.Portfolio.IT, true)
                        .withActivities(List.of(a0.id())))));
        Workshop back = WorkshopFile.read(json(w).getBytes(StandardCharsets.UTF_8), NOW);
        var newA0 = back.activities().get(0).id();
        var newA1 = back.activities().get(1).id();
        assertThat(newA0).isNotEqualTo(a0.id());
        assertThat(back.guide().agreement(newA1)).hasValueSatisfying(x -> assertThat(x.agreedBy()).isEqualTo("CIO and CMO"));
        assertThat(back.guide().blindEntry().letter(org.accord.domain.guide.Leader.CIO, newA0, back.roles().get(0).id()))
                .hasValue(org.accord.domain.Raci.A);
        assertThat(back.guide().participants().get(0).roleId()).isEqualTo(back.roles().get(0).id());
        assertThat(back.guide().initiatives().get(0).activityIds()).containsExactly(newA0);
        assertThat(back.guide().currentStep().kind()).isEqualTo(w.guide().currentStep().kind());
    }

    @Test
    void aRefusedValueInTheGuideIsNamedByItsPlace() throws IOException {
        String file = json(GeneratedWorkshop.of(2, 2)).replaceFirst("\"text\" : \"[^\"]+\"", "\"text\" : \"  \"");
        assertThatThrownBy(() -> WorkshopFile.read(file.getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOf(AccordException.class)
                .hasMessageStartingWith("The workshop file has a problem at workshop.guide.goals[0]")
                .hasMessageContaining("Nothing was imported");
    }

    @Test
    void exportThenImportGivesAnEqualWorkshopAsANewOne() throws IOException {
        Workshop original = PdfReportTest.multilingual().withId(42);
        Workshop imported = WorkshopFile.read(json(original).getBytes(StandardCharsets.UTF_8), NOW);
        assertThat(content(imported)).isEqualTo(content(original));
        assertThat(imported.id()).isZero();
        assertThat(imported.createdAt()).isEqualTo(NOW);
        assertThat(imported.activities().get(0).id()).isNotEqualTo(original.activities().get(0).id());
    }

    @Test
    void aLargeWorkshopRoundTrips() throws IOException {
        Workshop original = GeneratedWorkshop.of(300, 12);
        assertThat(content(WorkshopFile.read(json(original).getBytes(StandardCharsets.UTF_8), NOW)))
                .isEqualTo(content(original));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON at all|{ this is not json|not valid JSON (line 1",
            "another format|{\"format\": \"something-else\", \"formatVersion\": 1}|not an Accord workshop file",
            "a newer version|{\"format\": \"accord-workshop\", \"formatVersion\": 7, \"workshop\": {}}|newer Accord (format version 7)",
            "no workshop|{\"format\": \"accord-workshop\", \"formatVersion\": 1}|at workshop: is missing",
            "blank title|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \" \"}}|at workshop.title: The workshop title cannot be empty",
            "duplicate roles|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"roles\": [{\"name\": \"CIO\", \"label\": \"CIO\", \"side\": \"IT\"}, {\"name\": \"cio\", \"label\": \"X\", \"side\": \"IT\"}]}}|at workshop.roles[1]: There is already a role called \"cio\"",
            "unknown side|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"roles\": [{\"name\": \"CIO\", \"label\": \"CIO\", \"side\": \"SALES\"}]}}|at workshop.roles[0].side: \"SALES\" is not one of",
            "duplicate activities|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"groups\": [\"G\"], \"activities\": [{\"name\": \"A\", \"group\": \"G\"}, {\"name\": \"a\", \"group\": \"G\"}]}}|at workshop.activities[1]: There is already an activity called \"a\"",
            "not a letter|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"groups\": [\"G\"], \"roles\": [{\"name\": \"CIO\", \"label\": \"CIO\", \"side\": \"IT\"}], \"activities\": [{\"name\": \"A\", \"group\": \"G\", \"letters\": {\"CIO\": \"X\"}}]}}|at workshop.activities[0].letters.CIO: \"X\" is not a RACI letter",
            "unknown role|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"groups\": [\"G\"], \"activities\": [{\"name\": \"A\", \"group\": \"G\", \"letters\": {\"CEO\": \"A\"}}]}}|at workshop.activities[0].letters.CEO: names no role",
            "wrong type|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"roles\": \"none\"}}|at workshop.roles (line 1",
            "a key twice|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"formatVersion\": 2, \"workshop\": {\"title\": \"T\"}}|at formatVersion (line 1, column 66): that name is given twice",
            "a key twice inside|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"groups\": [\"G\"], \"activities\": [{\"name\": \"A\", \"group\": \"G\"}, {\"name\": \"B\", \"group\": \"G\", \"name\": \"C\"}]}}|at workshop.activities[1].name (line 1",
            "a negative version|{\"format\": \"accord-workshop\", \"formatVersion\": -1, \"workshop\": {\"title\": \"T\"}}|format version as -1; Accord workshop files are version 1 or later",
            "version zero|{\"format\": \"accord-workshop\", \"formatVersion\": 0, \"workshop\": {\"title\": \"T\"}}|format version as 0",
            "long notes|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"notes\": \"LONG\"}}|at workshop.notes: The notes is too long",
            "long organization|{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", \"organization\": \"LONG\"}}|at workshop.organization: The organization is too long"})
    void aBadFileIsRefusedWithThePlaceNamed(String what, String file, String expected) {
        byte[] bytes = file.replace("LONG", "n".repeat(10_001)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkshopFile.read(bytes, NOW))
                .isInstanceOf(AccordException.class)
                .hasMessageContaining(expected)
                .hasMessageEndingWith(".")
                .satisfies(e -> assertThat(e.getMessage()).as("one full stop at the end of each sentence")
                        .doesNotContain("..").hasSizeLessThan(400));
    }

    /** The 19 MB value, in each place a value is quoted: the message quotes 40 characters of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a date|\"date\": \"BIG\"|workshop.date",
            "a side|\"roles\": [{\"name\": \"CIO\", \"label\": \"CIO\", \"side\": \"BIG\"}]|workshop.roles[0].side",
            "a status|\"groups\": [\"G\"], \"activities\": [{\"name\": \"A\", \"group\": \"G\", \"status\": \"BIG\"}]|workshop.activities[0].status",
            "a letter|\"groups\": [\"G\"], \"roles\": [{\"name\": \"CIO\", \"label\": \"CIO\", \"side\": \"IT\"}], \"activities\": [{\"name\": \"A\", \"group\": \"G\", \"letters\": {\"CIO\": \"BIG\"}}]|workshop.activities[0].letters.CIO"})
    void aHugeBadValueIsQuotedAsAShortExcerptAtItsPlace(String what, String field, String place) {
        String big = "Q4 plan " + "x".repeat(19_000_000);
        byte[] file = ("{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", "
                + field.replace("BIG", big.substring(0, 90_000)) + "}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkshopFile.read(file, NOW))
                .hasMessageStartingWith("The workshop file has a problem at " + place + ": \"Q4 plan " + "x".repeat(32) + "…\"")
                .hasMessageEndingWith(" Nothing was imported.")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
        byte[] huge = ("{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", "
                + field.replace("BIG", big) + "}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkshopFile.read(huge, NOW))
                .hasMessageStartingWith("The workshop file has a problem at " + place + " (line 1, column ")
                .hasMessageContaining("the value there is longer than Accord accepts")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    /** A 50 MB text where a number belongs was reported as "not valid JSON" with no place. */
    @Test
    void aHugeValueWhereANumberBelongsIsRefusedAtItsPlace() {
        byte[] file = ("{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\", "
                + "\"consultedLimit\": \"" + "9".repeat(50_000_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkshopFile.read(file, NOW))
                .hasMessageStartingWith("The workshop file has a problem at workshop.consultedLimit (line 1, column ")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("not valid JSON"));
    }

    @Test
    void aFileWithMoreActivitiesThanAWorkshopHoldsIsRefusedWithTheLimitNamed() {
        StringBuilder file = new StringBuilder("{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\":"
                + " {\"title\": \"T\", \"groups\": [\"G\"], \"activities\": [");
        for (int i = 0; i <= Workshop.MAX_ACTIVITIES; i++) {
            file.append(i == 0 ? "" : ",").append("{\"name\": \"A").append(i).append("\", \"group\": \"G\"}");
        }
        file.append("]}}");
        assertThatThrownBy(() -> WorkshopFile.read(file.toString().getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOf(AccordException.class)
                .hasMessageContaining("at workshop.activities: it has 10,001 activities, and a workshop holds at most 10,000");
    }

    @Test
    void aGroupNamedTwiceInDifferentCaseIsNamedByTheActivityThatDoesIt() {
        String file = "{\"format\": \"accord-workshop\", \"formatVersion\": 1, \"workshop\": {\"title\": \"T\","
                + " \"groups\": [\"Data\"], \"activities\": [{\"name\": \"A\", \"group\": \"Data\"},"
                + " {\"name\": \"B\", \"group\": \"DATA\"}]}}";
        assertThatThrownBy(() -> WorkshopFile.read(file.getBytes(StandardCharsets.UTF_8), NOW))
                .hasMessageContaining("at workshop.activities[1]: There is already a group called \"DATA\"");
    }

    @Test
    void activitiesKeepTheirRolesLettersByLabel() throws IOException {
        Workshop w = GeneratedWorkshop.of(3, 3);
        String text = json(w);
        Role cmo = w.roles().get(1);
        Activity first = w.activities().get(0);
        w.letter(first.id(), cmo.id()).ifPresent(l -> assertThat(text).contains("\"CMO\" : \"" + l.letter() + "\""));
        assertThat(text).contains("\"formatVersion\" : 1");
    }

    /** The start screen and the import command read files through one reader, so both say this. */
    @Test
    void aMissingFileIsNamedWithItsFullPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        java.nio.file.Path missing = folder.resolve("gone.accord.json");
        assertThatThrownBy(() -> WorkshopFile.read(missing, NOW)).isInstanceOf(AccordException.class)
                .hasMessage("There is no file " + missing.toAbsolutePath() + ".");
    }

    @Test
    void aFileIsReadWholeAndCheckedLikeItsBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws IOException {
        Workshop original = GeneratedWorkshop.of(3, 2);
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("w.accord.json"), json(original));
        assertThat(content(WorkshopFile.read(file, NOW))).isEqualTo(content(WorkshopFile.read(json(original)
                .getBytes(StandardCharsets.UTF_8), NOW)));
    }
}
