package org.accord.ui.workshop.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.accord.domain.Activity;
import org.accord.domain.Workshop;

/**
 * The activities of the matrix as check boxes, grouped as in the grid: what a campaign stage or an initiative is
 * linked to. Ticking one reports the new list of linked activities, in screen order.
 */
public final class ActivityPicker {
    /** The id of the box that links an activity, from the activity's name: "pick-Martech-roadmap". */
    public static String tickId(String activityName) {
        return "pick-" + activityName.replaceAll("\\W+", "-");
    }

    private final VBox box = new VBox(3);
    private List<UUID> shownLinks = List.of();
    private List<Activity> shownActivities = List.of();
    private Object shownFor;

    void clear() {
        shownFor = null;
        box.getChildren().clear();
    }

    VBox root() {
        return box;
    }

    /** @param owner what the boxes are for (a stage's or an initiative's id): a new owner always rebuilds them */
    void show(Object owner, Workshop workshop, List<UUID> linked, Consumer<List<UUID>> changed) {
        if (owner.equals(shownFor) && linked.equals(shownLinks) && workshop.activities().equals(shownActivities)) {
            return;
        }
        shownFor = owner;
        shownLinks = linked;
        shownActivities = workshop.activities();
        box.getChildren().clear();
        for (String group : workshop.groups()) {
            Label heading = new Label(group);
            heading.getStyleClass().add("picker-group");
            box.getChildren().add(heading);
            for (Activity activity : workshop.activitiesIn(group)) {
                CheckBox tick = new CheckBox(activity.name());
                tick.setId(tickId(activity.name()));
                tick.setSelected(linked.contains(activity.id()));
                tick.selectedProperty().addListener((obs, was, is) -> {
                    List<UUID> next = new ArrayList<>();
                    for (Activity a : workshop.activities()) {
                        if (a.id().equals(activity.id()) ? is : linked.contains(a.id())) {
                            next.add(a.id());
                        }
                    }
                    changed.accept(next);
                });
                box.getChildren().add(tick);
            }
        }
    }
}
