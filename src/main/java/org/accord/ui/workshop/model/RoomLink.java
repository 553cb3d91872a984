package org.accord.ui.workshop.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.accord.domain.AccordException;
import org.accord.domain.Edit;
import org.accord.domain.Workshop;
import org.accord.room.Refusal;
import org.accord.room.RoomAddress;
import org.accord.room.RoomDesk;
import org.accord.room.RoomLimits;
import org.accord.room.RoomMode;
import org.accord.room.RoomServer;
import org.accord.ui.common.BackgroundTasks;

/**
 * The room server as the window sees it: started and stopped from the step on screen, its answers turned into the
 * workshop's own edits on the JavaFX thread. The server's threads call {@link #apply} and {@link #devicesJoined};
 * both hop to the JavaFX thread with {@link Platform#runLater} and touch nothing else. Off by default; leaving the
 * step it was started on, or closing the workshop, stops it and closes its port.
 */
public final class RoomLink implements RoomDesk {
    /** The port a test asks for (0: any free one); the room uses {@link RoomServer#PREFERRED_PORT}. */
    static final String PORT_PROPERTY = "accord.roomPort";

    private final WorkshopViewModel model;
    private final BackgroundTasks tasks;
    private volatile Workshop current;
    private final ReadOnlyObjectWrapper<RoomServer> server = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper devices = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper questionOpen = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<RoomAddress> addresses = FXCollections.observableArrayList();
    /**
     * One read-only view, handed to everyone: a view listens to the list through a weak reference, so a listener
     * added to a fresh view each time was lost at the next garbage collection, and the address list never chose
     * its first address ("Let the room join" stayed greyed out).
     */
    private final ObservableList<RoomAddress> addressesShown = FXCollections.unmodifiableObservableList(addresses);
    private UUID startedOnStep;

    RoomLink(WorkshopViewModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
        this.current = model.workshop();
        model.workshopProperty().addListener((obs, old, now) -> {
            current = now;
            RoomServer running = server.get();
            if (running == null) {
                return;
            }
            if (!now.guide().currentStep().id().equals(startedOnStep)) {
                stop(); // the facilitator moved on: the room's door closes with the step
            } else {
                running.workshopChanged();
            }
        });
    }

    // ---- RoomDesk: called on the server's threads ----

    @Override
    public Workshop workshop() {
        return current;
    }

    /**
     * Queues the edit; the next frame applies everything queued by then, in one batch ({@link #applyQueued}). Sixty
     * answers sent in the same second are applied in a few batches, at most one per frame, each answer an edit of
     * its own, with one redraw and one save per batch.
     */
    @Override
    public CompletableFuture<Void> apply(Edit edit) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        incoming.add(new Pending(edit, saved));
        if (batchScheduled.compareAndSet(false, true)) {
            Platform.runLater(nextFrame::start);
        }
        return saved;
    }

    private record Pending(Edit edit, CompletableFuture<Void> saved) {
    }

    private final ConcurrentLinkedQueue<Pending> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean batchScheduled = new AtomicBoolean();
    private int batchesApplied;
    /**
     * Runs once, at the start of the next frame, before that frame's layout and drawing: the batch is drawn in the
     * frame it was applied in. Applied as each answer's own {@code runLater}, several batches could fall between two
     * frames, each redrawing the step (the projector stood still for over a second during a burst).
     */
    private final AnimationTimer nextFrame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            applyQueued();
        }
    };

    private void applyQueued() {
        batchScheduled.set(false); // before taking: an answer arriving now schedules the next frame's batch
        List<Pending> batch = new ArrayList<>();
        for (Pending next = incoming.poll(); next != null; next = incoming.poll()) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (server.get() == null) {
            batch.forEach(p -> p.saved().completeExceptionally(
                    Refusal.conflict("The facilitator has stopped letting the room join.")));
            return;
        }
        batchesApplied++;
        List<Optional<String>> outcomes = model.editAll(batch.stream().map(Pending::edit).toList());
        CompletableFuture<Void> onDisk = model.whenSaved();
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            outcomes.get(i).ifPresentOrElse(reason -> pending.saved().completeExceptionally(Refusal.conflict(reason)),
                    () -> onDisk.whenComplete((done, failure) -> pending.saved().complete(null)));
        }
    }

    /** How many batches of the room's answers have been applied since the window opened (for tests and figures). */
    public int batchesApplied() {
        return batchesApplied;
    }

    @Override
    public void devicesJoined(int count) {
        Platform.runLater(() -> {
            if (server.get() != null) {
                devices.set(count);
            }
        });
    }

    // ---- the window's side: on the JavaFX thread ----

    /** Lists the laptop's addresses in the background (the list the facilitator picks from). */
    public void findAddresses() {
        tasks.run("list this laptop's network addresses", RoomLink::addressesOnOffer, addresses::setAll,
                failure -> problem.set(failure.getMessage()));
    }

    /** The laptop's usable addresses, then this laptop alone, for trying it out. */
    static List<RoomAddress> addressesOnOffer() {
        List<RoomAddress> found = new ArrayList<>(RoomAddress.usable());
        found.add(RoomAddress.loopback());
        return found;
    }

    /** Starts the server on the chosen address, in the background; a running one is stopped first. */
    public void start(RoomMode mode, RoomAddress address) {
        if (starting.get()) {
            return;
        }
        stop();
        problem.set("");
        starting.set(true);
        startedOnStep = current.guide().currentStep().id();
        UUID step = startedOnStep;
        int port = Integer.getInteger(PORT_PROPERTY, RoomServer.PREFERRED_PORT);
        tasks.run("let the room join", () -> {
            try {
                return RoomServer.start(this, mode, address.address(), port, RoomLimits.DEFAULT);
            } catch (IOException e) {
                throw new AccordException("The room cannot join on " + address.host() + ": " + e.getMessage()
                        + " Choose another address, or use the laptop's hotspot.", e);
            }
        }, started -> {
            starting.set(false);
            if (!current.guide().currentStep().id().equals(step)) {
                stopInBackground(started); // the facilitator moved on while it started
                return;
            }
            devices.set(0);
            questionOpen.set(true);
            server.set(started);
        }, failure -> {
            starting.set(false);
            problem.set(failure.getMessage());
        });
    }

    /** Stops the server and closes its port; answers still on their way are refused with the reason. */
    public void stop() {
        RoomServer running = server.get();
        if (running == null) {
            return;
        }
        server.set(null);
        devices.set(0);
        running.closeDoors();
        stopInBackground(running);
    }

    /** Stops the server here and now (blocking), as the program ends: on any thread, changing nothing on screen. */
    void stopNow() {
        RoomServer running = server.get();
        if (running != null) {
            running.stop();
        }
    }

    private void stopInBackground(RoomServer running) {
        tasks.run("stop the room's server", () -> {
            running.stop();
            return running;
        }, stopped -> { }, failure -> problem.set(failure.getMessage()));
    }

    /** Closes or reopens the perception check's questions; on this thread, so no answer slips in after it. */
    public void setQuestionOpen(boolean open) {
        RoomServer running = server.get();
        if (running != null) {
            running.setQuestionOpen(open);
            questionOpen.set(open);
        }
    }

    public void setAskNames(boolean ask) {
        RoomServer running = server.get();
        if (running != null) {
            running.setAskNames(ask);
        }
    }

    public ReadOnlyObjectProperty<RoomServer> serverProperty() {
        return server.getReadOnlyProperty();
    }

    public RoomServer server() {
        return server.get();
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty devicesProperty() {
        return devices.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty questionOpenProperty() {
        return questionOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<RoomAddress> addresses() {
        return addressesShown;
    }
}
