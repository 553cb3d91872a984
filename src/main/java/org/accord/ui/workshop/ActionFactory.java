package org.accord.ui.workshop;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Makes the workshop screen's menu items, toolbar buttons and key bindings from {@link WorkshopAction}s and what each
 * does ({@link #define}): one place where an action gets its text, its key and its enabled state, however many ways
 * it is reached. (JabRef's {@code ActionFactory} is the model.)
 */
final class ActionFactory {
    /** What an action does, when it can, and, for a menu, a text that says more than its name ("Undo Set R …"). */
    private record Command(Runnable run, ObservableBooleanValue executable, ObservableStringValue menuText) {
    }

    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    private final Map<WorkshopAction, Command> commands = new EnumMap<>(WorkshopAction.class);

    /** An action that can always run. */
    void define(WorkshopAction action, Runnable run) {
        define(action, run, ALWAYS, null);
    }

    /**
     * @param executable while false, its menu item and button are disabled and its keys do nothing
     * @param menuText   the menu item's text instead of the action's own, or null
     */
    void define(WorkshopAction action, Runnable run, ObservableBooleanValue executable, ObservableStringValue menuText) {
        commands.put(action, new Command(run, executable, menuText));
    }

    /** Runs the action if it can run now. */
    void run(WorkshopAction action) {
        Command command = command(action);
        if (command.executable().get()) {
            command.run().run();
        }
    }

    private Command command(WorkshopAction action) {
        Command command = commands.get(action);
        if (command == null) {
            throw new IllegalStateException(action + " was never defined");
        }
        return command;
    }

    /**
     * A menu of these actions (null for a separator). An action's first key is its item's accelerator, when its keys
     * are the menus' to answer; other keys get hidden items of their own. Keys answered elsewhere are named in the
     * item's text instead ("Next step (Ctrl+Page Down)"), so a key never does its action twice.
     */
    Menu menu(String title, WorkshopAction... actions) {
        Menu menu = new Menu(title);
        for (WorkshopAction action : actions) {
            if (action == null) {
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                menu.getItems().addAll(menuItems(action));
            }
        }
        return menu;
    }

    private List<MenuItem> menuItems(WorkshopAction action) {
        List<MenuItem> items = new ArrayList<>();
        Command command = command(action);
        if (action.binding() == WorkshopAction.Binding.MENU) {
            for (KeyCombination key : action.keys()) {
                MenuItem item = menuItem(action, action.menuText(), command);
                item.setAccelerator(key);
                item.setVisible(items.isEmpty());
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            String text = action.key() == null ? action.menuText()
                    : action.menuText() + " (" + action.key().getDisplayText() + ")";
            items.add(menuItem(action, text, command));
        }
        return items;
    }

    private MenuItem menuItem(WorkshopAction action, String text, Command command) {
        MenuItem item = new MenuItem(text);
        if (command.menuText() != null) {
            item.textProperty().bind(command.menuText());
        }
        item.setOnAction(e -> run(action));
        disableUnlessExecutable(item.disableProperty(), command);
        return item;
    }

    private static void disableUnlessExecutable(javafx.beans.property.BooleanProperty disable, Command command) {
        if (command.executable() != ALWAYS) {
            disable.bind(Bindings.createBooleanBinding(() -> !command.executable().get(), command.executable()));
        }
    }

    /** A toolbar button; it never takes the focus, so the keyboard stays in the grid. */
    Button button(WorkshopAction action) {
        Command command = command(action);
        Button button = new Button(action.buttonText());
        button.setId(action.buttonId());
        button.setOnAction(e -> run(action));
        disableUnlessExecutable(button.disableProperty(), command);
        button.setFocusTraversable(false);
        return button;
    }

    /**
     * The keys of the actions answered anywhere ({@link WorkshopAction.Binding#ANYWHERE}), as one filter on the
     * scene: on the scene, not the screen's root, because on a step without a focused control the keys go to the
     * scene itself. A key whose action cannot run now (Esc outside presentation mode) goes on to the focused control.
     */
    EventHandler<KeyEvent> keysAnywhere() {
        Map<KeyCombination, WorkshopAction> keys = anywhereKeys();
        return event -> {
            for (Map.Entry<KeyCombination, WorkshopAction> key : keys.entrySet()) {
                if (key.getKey().match(event) && command(key.getValue()).executable().get()) {
                    command(key.getValue()).run().run();
                    event.consume();
                    return;
                }
            }
        };
    }

    /** The keys {@link #keysAnywhere()} answers, with their actions. */
    Map<KeyCombination, WorkshopAction> anywhereKeys() {
        Map<KeyCombination, WorkshopAction> keys = new LinkedHashMap<>();
        for (WorkshopAction action : commands.keySet()) {
            if (action.binding() == WorkshopAction.Binding.ANYWHERE) {
                action.keys().forEach(key -> keys.put(key, action));
            }
        }
        return keys;
    }

    /** Puts {@link #keysAnywhere()} on whatever scene the screen is in, and takes it off a scene it leaves. */
    void answerKeysAnywhereIn(javafx.beans.value.ObservableValue<Scene> scene) {
        EventHandler<KeyEvent> keys = keysAnywhere();
        scene.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }
}
