package org.accord;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.stage.Stage;
import org.accord.store.DataFolder;
import org.accord.ui.common.FxFilePicker;

/** The JavaFX application: a light, high-contrast theme (dark themes project badly) and one window. */
public final class AccordApp extends Application {
    static final String DATA_PARAMETER = "data";

    private AccordWindow window;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        String data = getParameters().getNamed().get(DATA_PARAMETER);
        Path folder = data != null ? Path.of(data) : DataFolder.defaultFolder();
        window = new AccordWindow(folder, stage, Clock.systemDefaultZone(), new FxFilePicker());
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
