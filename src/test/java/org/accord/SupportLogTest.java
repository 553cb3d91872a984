package org.accord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's support log: opened beside the workshops without holding up the window, then keeping warnings. */
class SupportLogTest {
    @TempDir
    Path dataFolder;

    @AfterEach
    void closeTheLog() {
        SupportLog.stop();
    }

    @Test
    void theLogOpensInTheBackgroundAndKeepsTheStartAndLaterWarnings() throws Exception {
        Thread opening = SupportLog.startInBackground(dataFolder);
        assertThat(opening.isDaemon()).as("never keeps the program running").isTrue();
        opening.join(10_000);
        assertThat(opening.isAlive()).isFalse();

        Logger.getLogger("org.accord.store.h2.H2WorkshopStore").log(Level.WARNING, "Backups could not be listed",
                new java.io.IOException("disk full"));
        Path log = dataFolder.resolve("logs").resolve("accord-0.log");
        assertThat(log).exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("INFO org.accord.SupportLog: Accord ").contains("started; Java " + System.getProperty("java.version"))
                .contains("data folder " + dataFolder);
        assertThat(text).contains("WARNING org.accord.store.h2.H2WorkshopStore: Backups could not be listed")
                .contains("java.io.IOException: disk full");
    }
}
