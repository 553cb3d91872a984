package org.accord.store.library;

import java.nio.file.Path;
import java.time.Clock;
import org.accord.store.WorkshopStore;
import org.accord.store.h2.H2WorkshopStore;
import org.accord.store.postgres.PostgresCredentials;
import org.accord.store.postgres.PostgresWorkshopStore;

/**
 * Which library of workshops Accord works on: the facilitator's own H2 file in the data folder (the default), or a
 * team's library on a PostgreSQL server ({@code --database jdbc:postgresql://host:5432/accord}). The window and every
 * command open the library through this, so none of them knows which engine it is. The data folder stays in use
 * either way, for the support log and the window's settings; the local file's backups belong to the local library.
 *
 * @param database a PostgreSQL JDBC URL, or null for the local library
 */
public record LibraryChoice(Path dataFolder, String database) {

    /** The sentence a team library's refusal at open ends with: how to go back to the local library. */
    public static final String GO_BACK = PostgresWorkshopStore.GO_BACK;

    public static LibraryChoice local(Path dataFolder) {
        return new LibraryChoice(dataFolder, null);
    }

    /** True for a team's library on a server. */
    public boolean isTeam() {
        return database != null;
    }

    /** Opens the library to read and write. Blocking: never on the JavaFX thread. */
    public WorkshopStore open(Clock clock) {
        return isTeam() ? PostgresWorkshopStore.open(database, PostgresCredentials.fromEnvironment(), clock)
                : H2WorkshopStore.open(dataFolder, clock);
    }

    /** Opens the library for a command that only reads (list, export): every change is refused. */
    public WorkshopStore openForReading(Clock clock) {
        return isTeam() ? PostgresWorkshopStore.openForReading(database, PostgresCredentials.fromEnvironment(), clock)
                : H2WorkshopStore.openForReading(dataFolder, clock);
    }

    /**
     * Where the edits a team's server has not got yet are kept on this laptop (docs/decisions/0016): a folder per
     * team library in the data folder, named after its address (host, port, database; never the URL's parameters).
     * Empty for the local library, whose saves are on this laptop's disk already.
     */
    public java.util.Optional<Path> journalFolder() {
        if (!isTeam()) {
            return java.util.Optional.empty();
        }
        String address = describe().replaceFirst("^the team's library (at )?", "");
        return java.util.Optional.of(dataFolder.resolve("team-journal").resolve(address.replaceAll("[^A-Za-z0-9._-]", "_")));
    }

    /** The library as messages name it: the data folder, or the team's server (never the URL's parameters). */
    public String describe() {
        return isTeam() ? PostgresWorkshopStore.describe(database) : "your workshops in " + dataFolder;
    }

    /** The URL is not shown whole: it may carry parameters that are nobody's business (a password, at worst). */
    @Override
    public String toString() {
        return describe();
    }
}
