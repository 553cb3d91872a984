package org.accord.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.accord.store.DataFolder;
import org.accord.store.StoreException;
import org.accord.store.WorkshopSummary;

/**
 * The {@code backups} folder beside the database: rotated good copies (the last {@value #KEEP_LATEST}, plus the
 * newest of each of the last {@value #KEEP_DAYS} days), copies of damaged files, and files a restore replaced.
 * Each good backup is {@code accord-<time>.zip} (holding {@code accord.mv.db}) with {@code accord-<time>.properties}
 * listing its workshops. Nothing here deletes a damaged or replaced file except the oldest beyond a few.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final String DATABASE_ENTRY = "accord.mv.db";
    static final int KEEP_LATEST = 10;
    static final int KEEP_DAYS = 7;
    static final int KEEP_SET_ASIDE = 5;

    /** Looked up when something is logged, so a command that logs nothing never builds Java's logging. */
    private static Logger log() {
        return Logger.getLogger(Backups.class.getName());
    }
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public Backups(Path dataFolder, Clock clock) {
        this.folder = dataFolder.resolve(FOLDER);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    // ---- taking ----

    /** Zips the database file, before it is opened, into a pending copy; it becomes a backup once the file checks out. */
    public Path copyBeforeOpen(Path databaseFile) {
        Path pending = folder().resolve(".pending-" + STAMP.format(clock.instant()) + ".zip");
        try {
            ensureFolder();
            try (InputStream in = Files.newInputStream(databaseFile)) {
                zip(in, pending);
            }
            return pending;
        } catch (IOException e) {
            throw new StoreException("Accord could not copy " + databaseFile + " into " + folder
                    + " before opening it. Check that the disk has space.", e);
        }
    }

    /** Turns a pending copy (or a zip H2 wrote with BACKUP TO) into a good backup with its list of workshops. */
    public Backup keep(Path zip, String reason, long editSequence, List<WorkshopSummary> workshops) {
        Instant now = clock.instant();
        String name = "accord-" + STAMP.format(now);
        for (int n = 2; Files.exists(folder().resolve(name + ".zip")); n++) {
            name = "accord-" + STAMP.format(now) + "-" + n; // two backups within one millisecond
        }
        Path file = folder().resolve(name + ".zip");
        List<Backup.Workshop> listed = workshops.stream()
                .map(w -> new Backup.Workshop(w.title(), w.activities(), w.roles())).toList();
        try {
            ensureFolder();
            Files.move(zip, file, StandardCopyOption.ATOMIC_MOVE);
            DataFolder.keepPrivate(file); // H2's BACKUP TO writes its zip with the umask's permissions
            Path manifest = folder().resolve(name + BackupManifest.EXTENSION);
            BackupManifest.write(manifest, new Backup(file, now, reason, editSequence, listed));
            DataFolder.keepPrivate(manifest); // it lists the workshops' titles
        } catch (IOException e) {
            throw new StoreException("Accord could not keep a backup in " + folder + ". Check that the disk has space.", e);
        }
        rotate();
        return new Backup(file, now, reason, editSequence, listed);
    }

    /** A path for H2's {@code BACKUP TO} to write a consistent copy of the open database into. */
    public Path newZipPath() {
        ensureFolderUnchecked();
        return folder().resolve(".pending-" + STAMP.format(clock.instant()) + ".zip");
    }

    /** Keeps a copy of a damaged file for support, and says where. */
    public Path keepDamaged(Path pending) {
        return setAside(pending, "damaged-");
    }

    /**
     * Deletes copies still pending from an open that never finished (the program was ended during it). Called only by
     * the holder of the data folder, so no pending copy is in use.
     */
    public void discardPending() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> pending = Files.newDirectoryStream(folder, ".pending-*.zip")) {
            pending.forEach(this::discard);
        } catch (IOException e) {
            log().log(Level.WARNING, "Could not tidy " + folder, e);
        }
    }

    public void discard(Path pending) {
        try {
            Files.deleteIfExists(pending);
        } catch (IOException e) {
            log().log(Level.WARNING, "Could not delete " + pending, e);
        }
    }

    // ---- listing and restoring ----

    /** Good backups, newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(folder, "accord-*.zip")) {
            for (Path zip : zips) {
                Path manifestFile = folder.resolve(zip.getFileName().toString().replace(".zip", BackupManifest.EXTENSION));
                try {
                    backups.add(BackupManifest.read(manifestFile, zip));
                } catch (IOException | RuntimeException e) {
                    // Still a backup (and still rotated): its time from the file, its workshops unknown.
                    log().fine(() -> "No readable list of workshops for " + zip + ": " + e);
                    backups.add(new Backup(zip, Files.getLastModifiedTime(zip).toInstant(), "unknown", -1, List.of()));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Accord could not read the backups in " + folder + ".", e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return backups;
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /**
     * Puts a backup in place of the database. The current file, if any, is first set aside in the backups folder
     * (never deleted), and the sidecar is removed so the restored file counts as current. The database must be closed.
     *
     * @return where the replaced file was set aside, if there was one
     */
    public Optional<Path> restore(Backup backup, Path databaseFile, Path sidecar) {
        try {
            Optional<Path> setAside = Optional.empty();
            if (Files.exists(databaseFile)) {
                Path copy = folder().resolve(".pending-replaced-" + STAMP.format(clock.instant()) + ".zip");
                try (InputStream in = Files.newInputStream(databaseFile)) {
                    zip(in, copy);
                }
                setAside = Optional.of(setAside(copy, "replaced-"));
            }
            Path restoring = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup.file()))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null && !entry.getName().equals(DATABASE_ENTRY)) {
                    // skip anything else in the zip
                }
                if (entry == null) {
                    throw new StoreException("The backup " + backup.file() + " holds no workshop file; choose another.");
                }
                Files.copy(in, restoring, StandardCopyOption.REPLACE_EXISTING);
            }
            DataFolder.keepPrivate(restoring);
            Files.move(restoring, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(sidecar);
            return setAside;
        } catch (IOException e) {
            throw new StoreException("Accord could not restore " + backup.file() + ": "
                    + org.accord.domain.Messages.clause(e.getMessage())
                    + ". Your current file is unchanged or set aside in " + folder + ".", e);
        }
    }

    // ---- rotation ----

    /** Keeps the newest {@value #KEEP_LATEST}, plus the newest of each of the last {@value #KEEP_DAYS} days. */
    void rotate() {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        for (int i = 0; i < Math.min(KEEP_LATEST, all.size()); i++) {
            keep.add(all.get(i).file());
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Set<LocalDate> daysKept = new HashSet<>();
        for (Backup backup : all) { // newest first: the first of each day is that day's newest
            LocalDate day = LocalDate.ofInstant(backup.takenAt(), zone);
            if (!day.isBefore(today.minusDays(KEEP_DAYS - 1)) && daysKept.add(day)) {
                keep.add(backup.file());
            }
        }
        for (Backup backup : all) {
            if (!keep.contains(backup.file())) {
                delete(backup.file());
                delete(folder.resolve(backup.file().getFileName().toString().replace(".zip", BackupManifest.EXTENSION)));
            }
        }
        pruneSetAside("damaged-");
        pruneSetAside("replaced-");
    }

    private void pruneSetAside(String prefix) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*.zip")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(Comparator.comparing(Path::toString).reversed());
            for (int i = KEEP_SET_ASIDE; i < sorted.size(); i++) {
                delete(sorted.get(i));
            }
        } catch (IOException e) {
            log().log(Level.WARNING, "Could not tidy " + folder, e);
        }
    }

    // ---- files ----

    private Path setAside(Path pending, String prefix) {
        Path target = folder().resolve(prefix + STAMP.format(clock.instant()) + ".zip");
        try {
            Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            log().log(Level.WARNING, "Could not set aside " + pending, e);
            return pending;
        }
    }

    private static void zip(InputStream database, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED); // taken at every start: speed over size
            out.putNextEntry(new ZipEntry(DATABASE_ENTRY));
            database.transferTo(out);
            out.closeEntry();
        }
        DataFolder.keepPrivate(zip);
    }

    private void ensureFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            DataFolder.keepPrivate(folder);
        }
    }

    private void ensureFolderUnchecked() {
        try {
            ensureFolder();
        } catch (IOException e) {
            throw new StoreException("Accord could not create its backups folder " + folder + ".", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log().log(Level.WARNING, "Could not delete old backup " + file, e);
        }
    }
}
