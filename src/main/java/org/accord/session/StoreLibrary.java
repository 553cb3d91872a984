package org.accord.session;

import java.util.List;
import org.accord.domain.Workshop;
import org.accord.store.WorkshopLookup;
import org.accord.store.WorkshopStore;
import org.accord.store.WorkshopSummary;

/** The saved workshops of one open store; the composition root makes one each time the store is (re)opened. */
public final class StoreLibrary implements WorkshopLibrary {
    private final WorkshopStore store;

    public StoreLibrary(WorkshopStore store) {
        this.store = store;
    }

    @Override
    public List<SavedWorkshop> list() {
        // Who has each open: one more small query on a team's library, none on the local one.
        java.util.Map<Long, List<org.accord.domain.Presence>> open = store.isShared() ? store.openNow()
                : java.util.Map.of();
        return store.list().stream().map(s -> saved(s, open.getOrDefault(s.id(), List.of()))).toList();
    }

    private static SavedWorkshop saved(WorkshopSummary s, List<org.accord.domain.Presence> openBy) {
        return new SavedWorkshop(s.id(), s.title(), s.organization(), s.date(), s.lastEditedAt(), s.activities(),
                s.roles(), openBy);
    }

    @Override
    public Workshop open(long workshopId) {
        return store.load(workshopId);
    }

    @Override
    public Workshop open(String idOrTitle) {
        return store.load(WorkshopLookup.resolve(store, idOrTitle));
    }

    @Override
    public Workshop create(Workshop unsaved) {
        return store.create(unsaved);
    }

    @Override
    public void rename(long workshopId, String newTitle) {
        store.rename(workshopId, newTitle);
    }

    @Override
    public Workshop duplicate(long workshopId, String newTitle) {
        return store.duplicate(workshopId, newTitle);
    }

    @Override
    public void delete(long workshopId) {
        store.delete(workshopId);
    }
}
