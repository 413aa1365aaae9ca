package dev.junction.designer.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class ActionHandlersTest {

    @Test
    void anUnboundActionIsDisabledAndDoesNothing() {
        ActionHandlers handlers = new ActionHandlers();
        assertThat(handlers.enabled(DesignerAction.SAVE).get()).isFalse();
        assertThat(handlers.run(DesignerAction.SAVE)).isFalse();
        assertThat(handlers.isBound(DesignerAction.SAVE)).isFalse();
    }

    @Test
    void theEnabledPropertyTakenBeforeBindingFollowsTheLaterHandler() {
        ActionHandlers handlers = new ActionHandlers();
        ReadOnlyBooleanProperty enabled = handlers.enabled(DesignerAction.SAVE);
        SimpleBooleanProperty dirty = new SimpleBooleanProperty(false);
        AtomicInteger saves = new AtomicInteger();
        handlers.on(DesignerAction.SAVE, saves::incrementAndGet, dirty);

        assertThat(enabled.get()).isFalse();
        assertThat(handlers.run(DesignerAction.SAVE)).isFalse();
        dirty.set(true);
        assertThat(enabled.get()).isTrue();
        assertThat(handlers.run(DesignerAction.SAVE)).isTrue();
        assertThat(saves).hasValue(1);
    }

    @Test
    void everyActionHasALabelAnIconAndAtMostOneUseOfEachShortcut() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (DesignerAction action : DesignerAction.values()) {
            assertThat(action.label()).isNotBlank();
            assertThat(action.icon()).isNotNull();
            if (action.key() != null) {
                assertThat(keys.add(action.key().getName())).as("shortcut of " + action + " is used once").isTrue();
            }
        }
    }
}
