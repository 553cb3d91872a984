package org.accord.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.accord.catalog.TemplateCatalog;
import org.accord.domain.Edit;
import org.accord.domain.ValidationException;
import org.accord.domain.Workshop;
import org.accord.room.Refusal;
import org.accord.room.RoomDesk;
import org.accord.session.WorkshopSession;
import org.accord.store.h2.H2WorkshopStore;

/**
 * A real desk for the server's own tests, without a window: a real session over a real H2 file, edits applied on one
 * editing thread (the window's JavaFX thread plays that part in the program) and each saved before the phone hears
 * "Saved". The window's own desk (RoomLink) is proved in the browser test.
 */
public final class SessionDesk implements RoomDesk, AutoCloseable {
    public final Path folder;
    public final H2WorkshopStore store;
    public final WorkshopSession session;
    public final long workshopId;
    private final ExecutorService editing = Executors.newSingleThreadExecutor(r -> new Thread(r, "test editing thread"));
    private final ExecutorService saving = Executors.newSingleThreadExecutor(r -> new Thread(r, "test saving thread"));
    public volatile int joined;

    public SessionDesk(Path folder) {
        this.folder = folder;
        this.store = H2WorkshopStore.open(folder);
        Workshop created = store.create(new TemplateCatalog().newWorkshop(TemplateCatalog.CIO_CMO, "Room test", Instant.now()));
        this.workshopId = created.id();
        this.session = new WorkshopSession(store, created, Clock.systemUTC());
    }

    @Override
    public Workshop workshop() {
        return session.current();
    }

    @Override
    public CompletableFuture<Void> apply(Edit edit) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        editing.execute(() -> {
            try {
                session.apply(edit);
            } catch (ValidationException e) {
                saved.completeExceptionally(Refusal.conflict(e.getMessage()));
                return;
            }
            long needed = session.version();
            saving.execute(() -> {
                session.saveNow();
                if (session.savedVersion() >= needed) {
                    saved.complete(null);
                } else {
                    saved.completeExceptionally(new IllegalStateException("not saved"));
                }
            });
        });
        return saved;
    }

    /** Runs on the editing thread, as the window's own changes do (closing the question). */
    public void onEditingThread(Runnable change) throws Exception {
        editing.submit(change).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void devicesJoined(int count) {
        joined = count;
    }

    /** The workshop as the disk has it, read back through a second connection's eyes: a fresh load. */
    public Workshop onDisk() {
        return store.load(workshopId);
    }

    @Override
    public void close() throws Exception {
        editing.shutdown();
        saving.shutdown();
        editing.awaitTermination(5, TimeUnit.SECONDS);
        saving.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
    }
}
