package dev.junction.designer.actions;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What each {@link DesignerAction} does and when it can: the window binds a handler per action once, and
 * every menu item, toolbar button and palette entry made from the action runs that handler and follows its
 * enabled state. Controls may be made before the handler is bound: {@link #enabled} is the same live
 * property before and after. An action without a handler is disabled. FX thread only.
 */
public final class ActionHandlers {

    private final Map<DesignerAction, Runnable> handlers = new EnumMap<>(DesignerAction.class);
    private final Map<DesignerAction, ReadOnlyBooleanWrapper> enabled = new EnumMap<>(DesignerAction.class);

    /** Binds an action that can always run. Replaces an earlier binding of the same action. */
    public ActionHandlers on(DesignerAction action, Runnable run) {
        return on(action, run, Bindings.createBooleanBinding(() -> true));
    }

    /** Binds an action that can run while {@code when} is true. Replaces an earlier binding. */
    public ActionHandlers on(DesignerAction action, Runnable run, ObservableBooleanValue when) {
        handlers.put(action, run);
        ReadOnlyBooleanWrapper state = state(action);
        state.unbind();
        state.bind(when);
        return this;
    }

    public boolean isBound(DesignerAction action) {
        return handlers.containsKey(action);
    }

    /** Whether the action can run now; live, and the same property for the life of these handlers. */
    public ReadOnlyBooleanProperty enabled(DesignerAction action) {
        return state(action).getReadOnlyProperty();
    }

    /**
     * Runs the action if it is bound and enabled.
     *
     * @return false when the action is disabled or has no handler
     */
    public boolean run(DesignerAction action) {
        Runnable handler = handlers.get(action);
        if (handler == null || !state(action).get()) {
            return false;
        }
        handler.run();
        return true;
    }

    private ReadOnlyBooleanWrapper state(DesignerAction action) {
        return enabled.computeIfAbsent(action, a -> new ReadOnlyBooleanWrapper(this, a.name(), false));
    }
}
