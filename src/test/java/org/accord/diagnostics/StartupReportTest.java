package org.accord.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import org.accord.store.ChildJvm;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.Main;
import org.accord.testing.GeneratedWorkshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --startup-report open WORKSHOP} times typing into the matrix; the figures are only worth something if every
 * letter it types is a real edit. Typing the same keys into the same workshop a second time used to set letters the
 * cells already had: no edit, no redraw, flattering figures.
 */
class StartupReportTest {
    private static final Pattern TYPING = Pattern.compile("Typing \\(last 40 of 60 keys, (\\d+) letters typed, (\\d+) edits made\\)");

    @Test
    void everyLetterTypedIsAnEditEvenInAWorkshopTypedIntoBefore(@TempDir Path data) throws Exception {
        try (H2WorkshopStore store = H2WorkshopStore.open(data)) {
            store.create(GeneratedWorkshop.of(40, 6));
        }
        int[] edits = new int[2];
        for (int run = 0; run < 2; run++) {
            ChildJvm.Finished report = ChildJvm.run(java.util.List.of("-Daccord.startupReport.keys=60"), Main.class, "--data", data.toString(), "--startup-report", "open", "1");
            assertThat(report.exitCode()).as(report.output()).isZero();
            assertThat(report.output()).contains("Workshop matrix painted");
            Matcher typing = TYPING.matcher(report.output());
            assertThat(typing.find()).as(report.output()).isTrue();
            assertThat(Integer.parseInt(typing.group(1))).as("letters typed").isEqualTo(18);
            edits[run] = Integer.parseInt(typing.group(2));
        }
        // Letters typed on a group heading's row change nothing; every other one must, in both runs alike.
        assertThat(edits[0]).isGreaterThan(12);
        assertThat(edits[1]).isEqualTo(edits[0]);
    }

    @Test
    void theLetterTypedIsNeverTheOneTheCellShows() {
        for (String shown : new String[] {"", "R", "A", "C", "I"}) {
            assertThat(StartupReport.nextLetter(shown).getChar()).isNotEqualTo(shown);
        }
        assertThat(StartupReport.nextLetter("")).isEqualTo(KeyCode.R);
    }
}
