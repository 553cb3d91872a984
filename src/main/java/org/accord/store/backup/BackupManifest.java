package org.accord.store.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a backup holds, beside its zip: when, why, the edit count and its workshops, as a properties file.
 * A backup is taken at every start, so this stays with the JDK's own format rather than loading a JSON library
 * (a quarter of a second) before the first list of workshops.
 */
final class BackupManifest {
    static final String EXTENSION = ".properties";

    private BackupManifest() {
    }

    static void write(Path file, Backup backup) throws IOException {
        Properties p = new Properties();
        p.setProperty("takenAt", backup.takenAt().toString());
        p.setProperty("reason", backup.reason());
        p.setProperty("editSequence", String.valueOf(backup.editSequence()));
        p.setProperty("workshops", String.valueOf(backup.workshops().size()));
        for (int i = 0; i < backup.workshops().size(); i++) {
            Backup.Workshop w = backup.workshops().get(i);
            p.setProperty("workshop." + i + ".title", w.title());
            p.setProperty("workshop." + i + ".activities", String.valueOf(w.activities()));
            p.setProperty("workshop." + i + ".roles", String.valueOf(w.roles()));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Accord backup");
        }
    }

    static Backup read(Path file, Path zip) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        int count = Integer.parseInt(p.getProperty("workshops", "0"));
        List<Backup.Workshop> workshops = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            workshops.add(new Backup.Workshop(p.getProperty("workshop." + i + ".title", ""),
                    Integer.parseInt(p.getProperty("workshop." + i + ".activities", "0")),
                    Integer.parseInt(p.getProperty("workshop." + i + ".roles", "0"))));
        }
        return new Backup(zip, Instant.parse(p.getProperty("takenAt")), p.getProperty("reason", ""),
                Long.parseLong(p.getProperty("editSequence", "0")), List.copyOf(workshops));
    }
}
