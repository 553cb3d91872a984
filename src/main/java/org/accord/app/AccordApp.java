package org.accord.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.accord.cli.AccordCommand;
import org.accord.diagnostics.StartupReport;
import org.accord.domain.Workshop;
import org.accord.store.DataFolder;
import org.accord.store.library.LibraryChoice;
import org.accord.ui.common.FxFilePicker;

/** The JavaFX application: a light, high-contrast theme (dark themes project badly) and one window. */
public final class AccordApp extends Application {
    static final String DATA_PARAMETER = "data";
    static final String OPEN_PARAMETER = "open";
    static final String DATABASE_PARAMETER = "database";
    static final String STARTUP_PARAMETER = "startup-report";

    private AccordWindow window;

    /** The command line's request as JavaFX application parameters. */
    public static String[] parameters(AccordCommand.WindowRequest request) {
        java.util.List<String> named = new java.util.ArrayList<>();
        named.add("--" + DATA_PARAMETER + "=" + request.dataFolder());
        if (request.database() != null) {
            named.add("--" + DATABASE_PARAMETER + "=" + request.database());
        }
        if (request.workshop() != null) {
            named.add("--" + OPEN_PARAMETER + "=" + request.workshop());
        }
        if (request.reportStartup()) {
            named.add("--" + STARTUP_PARAMETER + "=true");
        }
        return named.toArray(String[]::new);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var named = getParameters().getNamed();
        Path folder = named.containsKey(DATA_PARAMETER) ? Path.of(named.get(DATA_PARAMETER)) : DataFolder.defaultFolder();
        LibraryChoice library = new LibraryChoice(folder, named.get(DATABASE_PARAMETER));
        if (!named.containsKey(STARTUP_PARAMETER)) {
            window = new AccordWindow(library, stage, Clock.systemDefaultZone(), new FxFilePicker(), WindowListener.NONE);
            window.show(named.get(OPEN_PARAMETER));
            return;
        }
        StartupReport report = new StartupReport(System.out, named.containsKey(OPEN_PARAMETER));
        window = new AccordWindow(library, stage, Clock.systemDefaultZone(), new FxFilePicker(), new WindowListener() {
            @Override
            public void workshopRequested(Runnable ask) {
                report.workshopRequested(ask);
            }

            @Override
            public void workshopShown(javafx.beans.value.ObservableValue<Workshop> workshop) {
                report.workshopShown(workshop);
            }
        });
        window.show(named.get(OPEN_PARAMETER));
        report.start(stage.getScene());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
