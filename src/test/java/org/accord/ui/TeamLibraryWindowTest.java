package org.accord.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.sql.Connection;
import java.sql.Statement;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.accord.domain.Presence;
import org.accord.ui.workshop.ConflictChooserDialog;
import org.accord.ui.workshop.WorkshopView;
import org.accord.ui.workshop.matrix.MatrixTable;
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

    /** The password as a facilitator keeps it: in a ~/.pgpass file (here one the driver is pointed at). */
    private void usePgpass() throws Exception {
        Path pgpass = data.resolveSibling("pgpass-" + data.getFileName());
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":*:" + RealPostgres.USER + ":"
                + RealPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
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
        usePgpass();
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

    /**
     * Issue 20.3 in the window: Maria (another laptop) has the workshop open, which the window says; she saves two
     * letters while this facilitator types different ones in the same two cells (and one in a cell of their own). The
     * save is refused, the chooser comes up on its own, once, although the save is retried meanwhile; the
     * facilitator keeps their letter in one cell and Maria's in the other, and the library ends with exactly that.
     */
    @Test
    void aClashingLetterBringsUpTheChooserOnceAndEachCellIsSavedAsChosen(FxRobot robot) throws Exception {
        String url = server.newAccordDatabase();
        Workshop saved;
        try (var team = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            saved = team.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Clash", Instant.now()));
        }
        UUID roadmap = saved.activities().get(0).id();
        UUID budget = saved.activities().get(1).id();
        UUID cio = saved.roles().get(0).id();
        UUID cmo = saved.roles().get(1).id();
        usePgpass();
        openOn(robot, url + "?user=" + RealPostgres.USER);
        whenShown(robot, "Clash");
        robot.doubleClickOn("Clash");
        OnFxThread.waitUntil(15, () -> stage.getTitle().contains("Clash"));
        goToMatrixStep(robot);

        try (var maria = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC());
             Connection holder = server.connect(RealPostgres.databaseOf(url))) {
            Instant since = Instant.now();
            maria.markOpen(saved.id(), UUID.randomUUID(), new Presence("maria", "LAPTOP-7", since));
            String sinceText = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                    .format(since.atZone(java.time.ZoneId.systemDefault()));
            OnFxThread.waitUntil(15, () -> ("Also open: maria on LAPTOP-7 since " + sinceText)
                    .equals(robot.lookup("#" + WorkshopView.ALSO_OPEN_ID).queryAs(Label.class).getText()));

            // The window's next look for changes is held at its heartbeat (the presence table locked), so Maria's
            // save cannot reach this window before the facilitator types: both edit the version they opened.
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("LOCK TABLE workshop_presence IN EXCLUSIVE MODE");
            }
            OnFxThread.waitUntil(15, () -> windowWaitsForTheLock(server, url));
            Workshop theirs = maria.load(saved.id());
            maria.save(theirs, theirs.withLetter(roadmap, cio, Raci.A).withLetter(budget, cmo, Raci.R));

            typeLetter(robot, 1, 1, KeyCode.C); // roadmap × CIO
            typeLetter(robot, 2, 2, KeyCode.I); // budget × CMO
            typeLetter(robot, 2, 1, KeyCode.A); // budget × CIO: only this facilitator's
            OnFxThread.waitUntil(5, () -> shown.get().getValue().letter(budget, cio).isPresent());
            holder.rollback();
        }

        OnFxThread.waitUntil(20, () -> robot.lookup("#" + ConflictChooserDialog.WHAT_PREFIX + "1").tryQuery().isPresent());
        String roadmapName = saved.activities().get(0).name();
        int roadmapRow = OnFxThread.call(() -> robot.lookup("#" + ConflictChooserDialog.WHAT_PREFIX + "0")
                .queryAs(Label.class).getText().contains(roadmapName + " × CIO") ? 0 : 1);
        assertThat(OnFxThread.call(() -> robot.lookup((Labeled l) -> l.getText() != null
                && l.getText().equals("Theirs (maria on LAPTOP-7)")).tryQuery().isPresent()))
                .as("whose the other version is").isTrue();
        assertThat(OnFxThread.call(() -> robot.lookup("#" + ConflictChooserDialog.MINE_PREFIX + roadmapRow)
                .queryAs(RadioButton.class).getText())).isEqualTo("C (Consulted)");
        // The save is retried every 3 s while the facilitator reads: the chooser is not brought up again.
        Thread.sleep(4000);
        assertThat(OnFxThread.call(() -> Window.getWindows().stream().filter(w -> w.isShowing()
                && w.getScene().getRoot().lookup("#" + ConflictChooserDialog.WHAT_PREFIX + "0") != null).count()))
                .isEqualTo(1);

        // Keyboard first: the first choice has the focus, and Space picks it; then the mouse sets both as wanted.
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + ConflictChooserDialog.MINE_PREFIX + "0")
                .queryAs(RadioButton.class).isFocused());
        robot.type(KeyCode.SPACE);
        OnFxThread.waitUntil(5, () -> robot.lookup("#" + ConflictChooserDialog.MINE_PREFIX + "0")
                .queryAs(RadioButton.class).isSelected());
        robot.clickOn("#" + ConflictChooserDialog.MINE_PREFIX + roadmapRow);
        robot.clickOn("#" + ConflictChooserDialog.THEIRS_PREFIX + (1 - roadmapRow));
        robot.type(KeyCode.ENTER); // saves, once each conflict has a choice

        try (var check = PostgresWorkshopStore.open(url, RealPostgres.credentials(), Clock.systemUTC())) {
            OnFxThread.waitUntil(20, () -> "All changes saved".equals(
                    robot.lookup("#" + WorkshopView.SAVE_STATE_ID).queryAs(Label.class).getText()));
            Workshop stored = check.load(saved.id());
            assertThat(stored.letter(roadmap, cio)).as("kept mine").hasValue(Raci.C);
            assertThat(stored.letter(budget, cmo)).as("kept Maria's").hasValue(Raci.R);
            assertThat(stored.letter(budget, cio)).as("not in conflict: saved too").hasValue(Raci.A);
            assertThat(OnFxThread.call(() -> shown.get().getValue())).isEqualTo(stored);
        }
    }

    /** True when a connection other than the holder's waits for a lock on the presence table: the window's look. */
    private static boolean windowWaitsForTheLock(RealPostgres server, String url) {
        try (Connection c = server.connect(RealPostgres.databaseOf(url)); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted"
                     + " AND relation = 'workshop_presence'::regclass")) {
            rs.next();
            return rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Selects a cell of the agreed grid (row 0 is the first group's heading; column 1 the CIO) and types a letter. */
    private static void typeLetter(FxRobot robot, int row, int column, KeyCode letter) throws Exception {
        TableView<?> grid = robot.lookup("#" + MatrixTable.ID).queryTableView();
        javafx.scene.Node cell = OnFxThread.call(() -> robot.from(grid).lookup(".table-cell").match(n ->
                n instanceof TableCell<?, ?> c && c.getIndex() == row && c.getTableColumn() == grid.getColumns()
                        .get(column) && n.isVisible()).query());
        robot.clickOn(cell);
        OnFxThread.waitUntil(5, () -> grid.getFocusModel().getFocusedCell().getRow() == row
                && grid.getFocusModel().getFocusedCell().getTableColumn() == grid.getColumns().get(column));
        robot.type(letter);
    }
}
