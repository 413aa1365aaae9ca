package dev.junction.designer.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class CommandPaletteViewModelTest {

    private final List<DesignerAction> ran = new ArrayList<>();
    private final ActionHandlers handlers = new ActionHandlers();
    private final SimpleBooleanProperty canSave = new SimpleBooleanProperty(false);
    private final CommandPaletteViewModel model;

    CommandPaletteViewModelTest() {
        for (DesignerAction action : DesignerAction.values()) {
            handlers.on(action, () -> ran.add(action));
        }
        handlers.on(DesignerAction.SAVE, () -> ran.add(DesignerAction.SAVE), canSave);
        model = new CommandPaletteViewModel(new ActionFactory(handlers).paletteEntries(), handlers,
                a -> a != DesignerAction.COMMAND_PALETTE);
    }

    @Test
    void withoutAQueryEveryActionButThePaletteIsListedInOrder() {
        assertThat(model.matches()).extracting(CommandPaletteViewModel.Entry::action).containsExactlyElementsOf(
                Arrays.stream(DesignerAction.values()).filter(a -> a != DesignerAction.COMMAND_PALETTE).toList());
        assertThat(model.highlightedProperty().get().action()).isEqualTo(DesignerAction.values()[0]);
    }

    @Test
    void typingFiltersAndPutsTheBestMatchFirst() {
        model.queryProperty().set("stop");
        assertThat(model.matches().getFirst().action()).isEqualTo(DesignerAction.STOP_RUN);
        model.queryProperty().set("run:");
        assertThat(model.matches()).extracting(e -> e.action().category()).containsOnly(ActionCategory.RUN);
        model.queryProperty().set("zzzz");
        assertThat(model.matches()).isEmpty();
        assertThat(model.highlightedProperty().get()).isNull();
        assertThat(model.runHighlighted()).isFalse();
    }

    @Test
    void arrowKeysMoveTheHighlightAndWrap() {
        model.queryProperty().set("zoom");
        assertThat(model.matches()).extracting(CommandPaletteViewModel.Entry::action)
                .containsExactlyInAnyOrder(DesignerAction.ZOOM_IN, DesignerAction.ZOOM_OUT);
        CommandPaletteViewModel.Entry first = model.highlightedProperty().get();
        model.move(1);
        assertThat(model.highlightedProperty().get()).isNotEqualTo(first);
        model.move(1);
        assertThat(model.highlightedProperty().get()).isEqualTo(first);
        model.move(-1);
        assertThat(model.highlightedProperty().get()).isNotEqualTo(first);
    }

    @Test
    void enterRunsTheHighlightedActionOnlyWhenItIsEnabled() {
        model.queryProperty().set("file: save");
        assertThat(model.highlightedProperty().get().action()).isEqualTo(DesignerAction.SAVE);
        assertThat(model.isEnabled(model.highlightedProperty().get())).isFalse();
        assertThat(model.runHighlighted()).isFalse();
        assertThat(ran).isEmpty();

        canSave.set(true);
        assertThat(model.runHighlighted()).isTrue();
        assertThat(ran).containsExactly(DesignerAction.SAVE);
    }

    @Test
    void resetClearsTheQuery() {
        model.queryProperty().set("theme");
        model.reset();
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.matches()).hasSize(DesignerAction.values().length - 1);
    }
}
