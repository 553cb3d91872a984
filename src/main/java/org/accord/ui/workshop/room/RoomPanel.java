package org.accord.ui.workshop.room;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.accord.domain.Workshop;
import org.accord.domain.Activity;
import org.accord.domain.guide.BlindEntry;
import org.accord.domain.guide.Leader;
import org.accord.room.QrCode;
import org.accord.room.RoomAddress;
import org.accord.room.RoomMode;
import org.accord.room.RoomServer;
import org.accord.ui.common.MeasuredLabel;
import org.accord.ui.workshop.model.RoomLink;
import org.accord.ui.workshop.model.WorkshopViewModel;

/**
 * "Let the room join", on step 1 (the perception check) and in step 4's blind entry. Off, it offers the button and
 * the laptop's addresses to listen on; on, it shows what the room needs from the back of the room: a QR code, the
 * short address and the join code, how many phones have joined, and what to do when phones cannot reach the laptop.
 * In blind entry it shows each leader's progress (never a letter) and, one at a time and never while presenting,
 * a leader's own link.
 */
public final class RoomPanel {
    public static final String START_ID = "roomStart";
    public static final String STOP_ID = "roomStop";
    public static final String ADDRESS_CHOICE_ID = "roomAddressChoice";
    public static final String ADDRESS_ID = "roomAddress";
    public static final String CODE_ID = "roomCode";
    public static final String QR_ID = "roomQr";
    public static final String DEVICES_ID = "roomDevices";
    public static final String CLOSE_QUESTION_ID = "roomCloseQuestion";
    public static final String ASK_NAMES_ID = "roomAskNames";
    public static final String ADDRESSES_ID = "roomAddresses";
    public static final String HINT_ID = "roomHint";
    public static final String PROBLEM_ID = "roomProblem";
    public static final String PROGRESS_ID = "roomProgress";
    public static final String SHOW_CIO_LINK_ID = "roomShowCioLink";
    public static final String SHOW_CMO_LINK_ID = "roomShowCmoLink";
    public static final String LEADER_LINK_ID = "roomLeaderLink";
    public static final String LEADER_QR_ID = "roomLeaderQr";
    /**
     * Shown while the room joins, when the list of addresses to choose from is not: it says where that list is
     * (beside "Let the room join", once stopped), not "here".
     */
    static final String UNREACHABLE_HINT = "Phones cannot open the address? Guest Wi-Fi often keeps devices apart. "
            + "Turn on this laptop's hotspot and have the room join it; then Stop, choose the hotspot's address beside "
            + "\"Let the room join\", and start again.";
    /**
     * The QR code's least width in pixels: scanned from the back of a room, and leaving a 1280×720 screen room for
     * the chart. On a taller window it takes a third of the height ({@link #qrSize}).
     */
    static final double QR_SIZE = 240;

    private final WorkshopViewModel model;
    private final RoomLink link;
    private final RoomMode mode;
    private final VBox root = new VBox(8);
    private final ChoiceBox<RoomAddress> addressChoice = new ChoiceBox<>();
    private final Label problem = new MeasuredLabel();
    private final Label devices = new MeasuredLabel();
    private final Label progress = new MeasuredLabel();
    private final ToggleButton closeQuestion = new ToggleButton("Close the question");
    private final CheckBox askNames = new CheckBox("Ask for names");
    private final VBox leaderLink = new VBox(6);
    private final VBox advice = new VBox(8);
    private Leader linkShown;
    private boolean presenting;

    public RoomPanel(WorkshopViewModel model, RoomMode mode) {
        this.model = model;
        this.link = model.room();
        this.mode = mode;
        root.getStyleClass().add("room-panel");
        root.setPadding(new Insets(8, 0, 8, 0));
        addressChoice.setId(ADDRESS_CHOICE_ID);
        addressChoice.setItems(link.addresses());
        addressChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoomAddress a) {
                return a == null ? "" : a.describe();
            }

            @Override
            public RoomAddress fromString(String s) {
                return null;
            }
        });
        link.addresses().addListener((javafx.collections.ListChangeListener<RoomAddress>) c -> {
            if (addressChoice.getValue() == null && !link.addresses().isEmpty()) {
                addressChoice.setValue(link.addresses().get(0));
            }
        });
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.textProperty().bind(link.problemProperty());
        problem.getStyleClass().add("room-problem");
        devices.setId(DEVICES_ID);
        devices.getStyleClass().add("room-large");
        devices.textProperty().bind(link.devicesProperty().asString().concat(" joined"));
        progress.setId(PROGRESS_ID);
        progress.getStyleClass().add("room-large");
        closeQuestion.setId(CLOSE_QUESTION_ID);
        closeQuestion.selectedProperty().addListener((o, was, closed) -> {
            closeQuestion.setText(closed ? "Reopen the question" : "Close the question");
            link.setQuestionOpen(!closed);
        });
        askNames.setId(ASK_NAMES_ID);
        askNames.selectedProperty().addListener((o, was, ask) -> link.setAskNames(ask));
        leaderLink.setId(LEADER_LINK_ID);
        link.serverProperty().addListener((o, was, now) -> show());
        model.workshopProperty().addListener((o, was, now) -> showProgress(now));
        javafx.beans.value.ChangeListener<Number> windowResized = (o, was, now) -> fitQrToWindow();
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.heightProperty().removeListener(windowResized);
            }
            if (now != null) {
                now.heightProperty().addListener(windowResized);
            }
            fitQrToWindow();
        });
        link.findAddresses();
        show();
    }

    public Parent root() {
        return root;
    }

    /**
     * The perception check's advice while the room joins (where the server listens, what to do when phones cannot
     * reach it), for the step to place below the QR code and the chart; empty otherwise.
     */
    public Parent advice() {
        return advice;
    }

    /** Presenting (the projector): a leader's link is never shown there. */
    public void setPresenting(boolean on) {
        presenting = on;
        if (on) {
            linkShown = null;
        }
        show();
    }

    /** True while the room server runs for this panel's step. */
    public boolean running() {
        RoomServer server = link.server();
        return server != null && server.mode() == mode;
    }

    private void show() {
        root.getChildren().clear();
        advice.getChildren().clear();
        RoomServer server = link.server();
        if (server == null || server.mode() != mode) {
            Button start = new Button("Let the room join");
            start.setId(START_ID);
            start.disableProperty().bind(link.startingProperty().or(addressChoice.valueProperty().isNull()));
            start.setOnAction(e -> link.start(mode, addressChoice.getValue()));
            Label on = new Label("on");
            HBox bar = new HBox(8, start, on, addressChoice);
            bar.setAlignment(Pos.CENTER_LEFT);
            Label what = new Label(mode == RoomMode.PERCEPTION
                    ? "Participants answer on their own phones, in the browser; no app, no account, nothing leaves this network."
                    : "The CIO and the CMO each fill their own grid on their own phone or laptop; neither sees the other's letters.");
            what.setWrapText(true);
            what.getStyleClass().add("muted");
            root.getChildren().addAll(bar, what, problem);
            return;
        }
        closeQuestion.setSelected(!server.questionOpen());
        Button stop = new Button("Stop");
        stop.setId(STOP_ID);
        stop.setOnAction(e -> link.stop());
        Label addresses = new MeasuredLabel("This laptop listens on " + server.address().getHost() + " only. Its addresses: "
                + link.addresses().stream().map(RoomAddress::describe).collect(Collectors.joining(", ")) + ".");
        addresses.setId(ADDRESSES_ID);
        addresses.setWrapText(true);
        addresses.getStyleClass().add("muted");
        Label hint = new MeasuredLabel(UNREACHABLE_HINT);
        hint.setId(HINT_ID);
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        if (mode == RoomMode.PERCEPTION) {
            Label address = new Label(server.address().toString());
            address.setId(ADDRESS_ID);
            address.getStyleClass().add("room-address");
            Label code = new Label("Code  " + server.joinCode());
            code.setId(CODE_ID);
            code.getStyleClass().add("room-address");
            address.setMinWidth(Region.USE_PREF_SIZE); // never "http://192.0.2.2:8…": the column gives way, not it
            code.setMinWidth(Region.USE_PREF_SIZE);
            closeQuestion.setMinWidth(Region.USE_PREF_SIZE);
            askNames.setMinWidth(Region.USE_PREF_SIZE);
            stop.setMinWidth(Region.USE_PREF_SIZE);
            HBox controls = new HBox(8, closeQuestion, askNames, stop);
            controls.setAlignment(Pos.CENTER_LEFT);
            // One column, as wide as the address: the chart fills in beside it (PerceptionPane), so that a 1280×720
            // projector shows the code, the address and the chart at once. The advice for the facilitator goes
            // under the two, at full width ({@link #advice}).
            root.getChildren().addAll(qr(server.joinLink().toString(), QR_ID, qrSize()), new Label("Scan the code, or open"),
                    address, code, devices, controls, problem);
            advice.getChildren().setAll(addresses, hint);
                } else {
            showProgress(model.workshop());
            Button cio = new Button("Show the CIO's link");
            cio.setId(SHOW_CIO_LINK_ID);
            cio.setOnAction(e -> showLink(Leader.CIO));
            Button cmo = new Button("Show the CMO's link");
            cmo.setId(SHOW_CMO_LINK_ID);
            cmo.setOnAction(e -> showLink(Leader.CMO));
            HBox controls = new HBox(8, cio, cmo, stop);
            controls.setAlignment(Pos.CENTER_LEFT);
            fillLeaderLink(server);
            root.getChildren().addAll(progress, controls, leaderLink, addresses, hint, problem);
            // Presenting, the room sees the leaders' progress and Stop, nothing else: the links are secrets, and the
            // laptop's addresses and the advice are the facilitator's (hidden, not just blank: "Stop" stood alone in
            // the middle of an empty row).
            for (javafx.scene.Node laptopOnly : List.of(cio, cmo, addresses, hint)) {
                laptopOnly.setVisible(!presenting);
                laptopOnly.setManaged(!presenting);
            }
        }
    }

    /** One leader's link at a time, on the laptop only: each is that leader's secret. */
    private void showLink(Leader leader) {
        linkShown = presenting ? null : leader;
        show();
    }

    private void fillLeaderLink(RoomServer server) {
        leaderLink.getChildren().clear();
        if (linkShown == null || presenting) {
            return;
        }
        String url = server.leaderLink(linkShown).toString();
        Label text = new Label("For the " + linkShown.label() + " only: scan it on their phone, or type it on their laptop.");
        text.setWrapText(true);
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(url);
        field.setEditable(false);
        // The whole link, to be typed: wide enough for all of it, and wider where the window has room (a fixed
        // 40 columns cut its last characters off at 1280 and at 1920 pixels).
        field.setPrefColumnCount(url.length() + 2);
        field.setMinWidth(Region.USE_PREF_SIZE);
        Button hide = new Button("Hide the link");
        hide.setOnAction(e -> showLink(null));
        VBox fieldAndHide = new VBox(8, field, hide);
        HBox.setHgrow(fieldAndHide, Priority.ALWAYS);
        leaderLink.getChildren().addAll(text, new HBox(16, qr(url, LEADER_QR_ID, 240), fieldAndHide));
    }

    private void showProgress(Workshop workshop) {
        if (mode != RoomMode.BLIND_ENTRY) {
            return;
        }
        BlindEntry blind = workshop.guide().blindEntry();
        var ids = workshop.activities().stream().map(Activity::id).toList();
        progress.setText(blind.revealed() ? "The two views are revealed."
                : "CIO " + blind.rowsStarted(Leader.CIO, ids) + " of " + ids.size() + " rows, CMO "
                        + blind.rowsStarted(Leader.CMO, ids) + " of " + ids.size());
    }

    /**
     * How wide the room's QR code is drawn: a third of the window's height, and at least {@link #QR_SIZE}. A
     * projector shows the window at the size of its screen, so on a 1920×1080 one the code is then projected as large
     * as on a 1280×720 one; at a fixed 240 pixels it came out a third smaller, and phones at the back could not read it.
     */
    private double qrSize() {
        return root.getScene() == null ? QR_SIZE : Math.max(QR_SIZE, root.getScene().getHeight() / 3);
    }

    /** Draws the room's QR code again when the window's new height changes its size (a whole pixel per module). */
    private void fitQrToWindow() {
        RoomServer server = link.server();
        if (server == null || server.mode() != mode || mode != RoomMode.PERCEPTION
                || !(root.lookup("#" + QR_ID) instanceof Canvas shown)) {
            return;
        }
        String text = server.joinLink().toString();
        if (qrPixels(QrCode.of(text), qrSize()) != shown.getWidth()) {
            root.getChildren().set(root.getChildren().indexOf(shown), qr(text, QR_ID, qrSize()));
        }
    }

    /** The width of a code drawn at most {@code size} pixels wide: whole pixels per module, four modules of margin. */
    private static double qrPixels(QrCode code, double size) {
        int modules = code.size() + 8;
        return modules * Math.floor(size / modules);
    }

    /** The QR code drawn square, black on white with its quiet zone, {@code size} pixels wide. */
    static Canvas qr(String text, String id, double size) {
        QrCode code = QrCode.of(text);
        int modules = code.size() + 8;
        double scale = qrPixels(code, size) / modules;
        Canvas canvas = new Canvas(modules * scale, modules * scale);
        canvas.setId(id);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.dark(x, y)) {
                    g.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale);
                }
            }
        }
        return canvas;
    }
}
