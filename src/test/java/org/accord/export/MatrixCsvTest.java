package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.accord.domain.Activity;
import org.accord.domain.Raci;
import org.accord.domain.Role;
import org.accord.domain.Workshop;
import org.accord.export.csv.FormulaGuard;
import org.accord.export.csv.CsvTable;
import org.accord.export.csv.MatrixCsv;
import org.accord.testing.GeneratedWorkshop;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixCsvTest {

    private static String csv(Workshop w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixCsv.write(w, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        assertThat(text.charAt(0)).as("UTF-8 byte-order mark for spreadsheets").isEqualTo(CsvTable.BOM);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void parsedBackItEqualsTheMatrix() throws IOException {
        Workshop w = GeneratedWorkshop.of(40, 7);
        List<CSVRecord> records = parse(csv(w));
        assertThat(records.get(0).toList()).containsExactly("Group", "Activity", "CIO", "CMO", "R3", "R4", "R5", "R6",
                "R7", "Rationale", "Status");
        assertThat(records).hasSize(1 + 40);
        for (int i = 0; i < w.activities().size(); i++) {
            Activity a = w.activities().get(i);
            CSVRecord row = records.get(i + 1);
            assertThat(row.get(0)).isEqualTo(a.group());
            assertThat(row.get(1)).isEqualTo(a.name());
            for (int r = 0; r < w.roles().size(); r++) {
                Role role = w.roles().get(r);
                assertThat(row.get(2 + r)).isEqualTo(w.letter(a.id(), role.id()).map(Raci::letter).orElse(""));
            }
            assertThat(row.get(2 + w.roles().size())).isEqualTo(a.rationale());
            assertThat(row.get(3 + w.roles().size())).isEqualTo(a.status().label());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2|'=1+2",
            "+1|'+1",
            "-1|'-1",
            "@SUM(A1)|'@SUM(A1)",
            "plain text|plain text",
            "a = b|a = b"})
    void formulaInjectionIsNeutralisedWithALeadingApostrophe(String typed, String written) throws IOException {
        Workshop w = GeneratedWorkshop.of(1, 2);
        Activity a = w.activities().get(0);
        w = w.withActivityChanged(a.id(), x -> x.withRationale(typed));
        String text = csv(w);
        String rationale = parse(text).get(1).get(4);
        assertThat(rationale).isEqualTo(written);
        assertThat(text).contains("\"" + written.replace("\"", "\"\"") + "\"");
        assertThat(FormulaGuard.restore(rationale)).isEqualTo(typed);
    }

    @Test
    void tabAndLineBreakStartsAreNeutralisedToo() {
        assertThat(FormulaGuard.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FormulaGuard.neutralise("\rcmd")).isEqualTo("'\rcmd");
        assertThat(FormulaGuard.neutralise("\ncmd")).isEqualTo("'\ncmd");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
    }

    @Test
    void commasQuotesLineBreaksAndNonLatinTextSurviveQuoting() throws IOException {
        Workshop w = GeneratedWorkshop.of(1, 2);
        Activity a = w.activities().get(0);
        String tricky = "Vendors, \"preferred\" ones\nand 王芳's list, Ελένη, Ольга";
        w = w.withActivityChanged(a.id(), x -> x.withRationale(tricky).withName("Łukasz, \"the\" owner"));
        String text = csv(w);
        CSVRecord row = parse(text).get(1);
        assertThat(row.get(1)).isEqualTo("Łukasz, \"the\" owner");
        assertThat(row.get(4)).isEqualTo(tricky);
        assertThat(text).contains("\"Łukasz, \"\"the\"\" owner\"");
    }

    @Test
    void headerLabelsAreGuardedLikeAnyField() throws IOException {
        Workshop w = GeneratedWorkshop.of(1, 2);
        w = w.withRole(new Role(w.roles().get(1).id(), "Formula person", "=HYPERLINK", w.roles().get(1).side()));
        List<String> header = new ArrayList<>(parse(csv(w)).get(0).toList());
        assertThat(header.get(3)).isEqualTo("'=HYPERLINK");
    }
}
