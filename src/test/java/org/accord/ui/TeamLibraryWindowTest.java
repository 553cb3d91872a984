package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javafx.scene.control.Labeled;
import org.accord.app.AccordWindow;
import org.accord.app.WindowListener;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Raci;
import org.accord.domain.Workshop;
import org.accord.store.library.LibraryChoice;
import org.accord.store.postgres.PostgresWorkshopStore;
import org.accord.store.postgres.RealPostgres;
import org.accord.testing.OnFxThread;
import org.accord.ui.start.StartView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window on a team's library (--database) on the real PostgreSQL the build starts, and when it cannot be had. */
class TeamLibraryWindowTest extends WindowTest {
    private final RealPostgres server = RealPostgres.server();

    @Override
    protected boolean openAtStart() {
        return false;
    }

    /** The workshop the window shows, as its screen's model has it. */
    private final java.util.concurrent.atomic.AtomicReference<javafx.beans.value.ObservableValue<Workshop>> shown =
            new java.util.concurrent.atomic.AtomicReference<>();

    private void openOn(FxRobot robot, String database) {
        robot.interact(() -> {
            window = new AccordWindow(new LibraryChoice(data, database), stage, Clock.systemUTC(), files,
                    new WindowListener() {
                        @Override
                        public void workshopShown(javafx.beans.value.ObservableValue<Workshop> workshop) {
                            shown.set(workshop);
                        }
                    });
            window.show();
            stage.sizeToScene();
        });
    }

    @AfterEach
    void forgetPgpass() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void theWindowListsAndOpensTheTeamsWorkshopsAndSeesAnotherFacilitatorsChangesArrive(FxRobot robot)
            throws Exception {
        String url = server.newAccordDatabase();
        Workshop saved;
        try (var team = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            saved = team.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Team kick-off",
                    Instant.now()));
        }
        Path pgpass = data.resolveSibling("pgpass-" + data.getFileName());
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":*:" + RealPostgres.USER + ":"
                + RealPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());

        openOn(robot, url + "?user=" + RealPostgres.USER);
        whenShown(robot, "Team kick-off");
        robot.doubleClickOn("Team kick-off");
        OnFxThread.waitUntil(15, () -> stage.getTitle().contains("Team kick-off"));
        assertThat(data.resolve("accord.mv.db")).as("the local library is not touched").doesNotExist();

        // Another facilitator, on another laptop, sets a letter: it arrives in this window without a click.
        UUID roadmap = saved.activities().get(0).id();
        UUID cio = saved.roles().get(0).id();
        try (var otherLaptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            Workshop theirs = otherLaptop.load(saved.id());
            otherLaptop.save(theirs, theirs.withLetter(roadmap, cio, Raci.A));
        }
        // Asked on the JavaFX thread, where the screen's model changes (a lookup from here races it).
        OnFxThread.waitUntil(15, () -> shown.get() != null && shown.get().getValue().letter(roadmap, cio).isPresent());
        assertThat(OnFxThread.call(() -> shown.get().getValue().letter(roadmap, cio))).hasValue(Raci.A);
    }

    private static boolean showsLabel(FxRobot robot, String text) {
        return robot.lookup((Labeled l) -> l.isVisible() && l.getText() != null && l.getText().contains(text))
                .tryQuery().isPresent();
    }

    private void createLocal(String title) {
        try (var local = org.accord.store.h2.H2WorkshopStore.open(data)) {
            local.create(new TemplateCatalog().newWorkshop(TemplateCatalog.BLANK, title, Instant.now()));
        }
    }

    private void pgpass() throws Exception {
        Path pgpass = data.resolveSibling("pgpass-" + data.getFileName());
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":*:" + RealPostgres.USER + ":"
                + RealPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
    }

    @Test
    void aServerThatCannotBeReachedIsSaidOnTheStartScreenWhichOffersTheLocalLibrary(FxRobot robot) throws Exception {
        createLocal("Local only");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        openOn(robot, "jdbc:postgresql://127.0.0.1:" + closedPort + "/accord");
        OnFxThread.waitUntil(20, () -> showsLabel(robot, "cannot reach the team's library"));
        String shown = OnFxThread.call(() -> robot.lookup((Labeled l) -> l.getText() != null
                && l.getText().contains("cannot reach")).<Labeled>query().getText());
        assertThat(shown).contains("open the local library").doesNotContain("SQL", "Exception", "--database");
        assertThat(OnFxThread.call(() -> robot.lookup("#" + StartView.OPEN_LOCAL_ID).query().isVisible())).isTrue();

        robot.clickOn("#" + StartView.OPEN_LOCAL_ID);
        whenShown(robot, "Local only");
        OnFxThread.waitUntil(10, () -> !showsLabel(robot, "cannot reach"));
        assertThat(OnFxThread.call(() -> robot.lookup("#" + StartView.OPEN_LOCAL_ID).query().isVisible())).isFalse();
        assertThat(OnFxThread.call(() -> robot.lookup("#" + StartView.LIBRARY_NAME_ID).<Labeled>query().getText()))
                .contains("your workshops in " + data);
        assertThat(data.resolve("library-settings.properties")).as("going back for now changes no setting")
                .doesNotExist();
    }

    @Test
    void theLibraryChosenInTheSettingsIsOpenedAndRememberedForTheNextStartWithoutAPassword(FxRobot robot)
            throws Exception {
        createLocal("Local only");
        String url = server.newAccordDatabase();
        try (var team = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            team.create(new TemplateCatalog().newWorkshop(TemplateCatalog.BLANK, "On the team's server", Instant.now()));
        }
        pgpass();
        String address = url + "?user=" + RealPostgres.USER;
        robot.interact(this::openWindow);
        whenShown(robot, "Local only");

        robot.clickOn("#" + StartView.CHOOSE_LIBRARY_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#libraryTeam").tryQuery().isPresent());
        robot.clickOn("#libraryTeam");
        robot.interact(() -> robot.lookup("#libraryAddress").<javafx.scene.control.TextField>query()
                .setText(url + "?user=" + RealPostgres.USER + "&password=" + RealPostgres.PASSWORD));
        OnFxThread.waitUntil(10, () -> showsLabel(robot, "Leave the password out"));
        robot.interact(() -> robot.lookup("#libraryAddress").<javafx.scene.control.TextField>query().setText(address));
        OnFxThread.waitUntil(10, () -> !showsLabel(robot, "Leave the password out"));
        robot.clickOn("OK");
        whenShown(robot, "On the team's server");
        assertThat(OnFxThread.call(() -> robot.lookup("#" + StartView.LIBRARY_NAME_ID).<Labeled>query().getText()))
                .contains("the team's library at 127.0.0.1:" + server.port());
        Path settings = data.resolve("library-settings.properties");
        OnFxThread.waitUntil(10, () -> Files.exists(settings));
        assertThat(Files.readString(settings)).contains("user\\=accord").doesNotContain(RealPostgres.PASSWORD);

        // The next start, without --database, opens the team's library chosen.
        robot.interact(() -> {
            window.close();
            openWindow();
        });
        whenShown(robot, "On the team's server");

        // And back to this laptop's library, remembered as well.
        robot.clickOn("#" + StartView.CHOOSE_LIBRARY_ID);
        OnFxThread.waitUntil(10, () -> robot.lookup("#libraryLocal").tryQuery().isPresent());
        robot.clickOn("#libraryLocal");
        robot.clickOn("OK");
        whenShown(robot, "Local only");
        robot.interact(() -> {
            window.close();
            openWindow();
        });
        whenShown(robot, "Local only");
        assertThat(Files.readString(settings)).doesNotContain("database");
    }

    @Test
    void editsKeptOnThisLaptopWhileTheServerWasAwayAreSavedWhenTheWorkshopOpensAndTheWindowSaysSo(FxRobot robot)
            throws Exception {
        String url = server.newAccordDatabase();
        String address = url + "?user=" + RealPostgres.USER;
        LibraryChoice team = new LibraryChoice(data, address);
        Workshop saved;
        UUID roadmap;
        UUID cio;
        try (var laptop = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            saved = laptop.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Kept while away",
                    Instant.now()));
            roadmap = saved.activities().get(0).id();
            cio = saved.roles().get(0).id();
            // A window on this laptop edits while the server is stopped, and is closed (or killed) before it is back.
            var session = new org.accord.session.WorkshopSession(laptop, laptop.load(saved.id()), Clock.systemUTC(),
                    org.accord.app.EditJournalFiles.in(team.journalFolder().orElseThrow(), team.describe()));
            server.stop();
            try {
                session.apply(new org.accord.domain.Edit("A", w -> w.withLetter(roadmap, cio, Raci.A)));
                org.assertj.core.api.Assertions.assertThatThrownBy(session::saveNow)
                        .isInstanceOf(org.accord.store.StoreException.class);
                session.apply(new org.accord.domain.Edit("R", w -> w.withLetter(saved.activities().get(1).id(), cio,
                        Raci.R)));
                org.assertj.core.api.Assertions.assertThatThrownBy(session::saveNow)
                        .isInstanceOf(org.accord.store.StoreException.class);
            } finally {
                server.startAgain();
            }
        }
        pgpass();
        openOn(robot, address);
        whenShown(robot, "Kept while away");
        robot.doubleClickOn("Kept while away");
        OnFxThread.waitUntil(20, () -> showsLabel(robot,
                "2 edits made on this laptop while the team's server could not be reached were saved now."));
        assertThat(OnFxThread.call(() -> shown.get().getValue().letter(roadmap, cio))).hasValue(Raci.A);
        try (var other = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            OnFxThread.waitUntil(10, () -> Files.notExists(team.journalFolder().orElseThrow()
                    .resolve("workshop-" + saved.id() + ".journal.accord.json")));
            assertThat(other.load(saved.id()).letter(roadmap, cio)).hasValue(Raci.A);
            assertThat(other.load(saved.id()).letter(saved.activities().get(1).id(), cio)).hasValue(Raci.R);
        }
    }
}
