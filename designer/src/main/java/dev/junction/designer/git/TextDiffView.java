package dev.junction.designer.git;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Two versions of a file side by side: the old version left, the new one right, read-only, lined up row by row
 * ({@link SideBySideDiff}); removed lines red on the left, added lines green on the right, changed lines amber on
 * both, filler rows hatched. Both sides scroll together. Buttons (and the counts) jump between changes.
 * FX thread only.
 */
public final class TextDiffView extends BorderPane {

    private final ReadOnlyYamlArea left = new ReadOnlyYamlArea();
    private final ReadOnlyYamlArea right = new ReadOnlyYamlArea();
    private final Label leftTitle = new Label();
    private final Label rightTitle = new Label();
    private final Label counts = new Label();
    private SideBySideDiff shown;
    private int change = -1;
    private boolean syncing;
    private boolean rowSyncPending;
    /** The first change is scrolled to once the areas have been laid out (before that they cannot scroll). */
    private boolean jumpPending;

    public TextDiffView() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("text-diff");
        setId("text-diff");
        left.setId("diff-old");
        right.setId("diff-new");
        Button previous = button(Feather.CHEVRON_UP, "Previous change", () -> jump(-1));
        Button next = button(Feather.CHEVRON_DOWN, "Next change", () -> jump(1));
        counts.setId("diff-counts");
        counts.getStyleClass().add("diff-counts");
        HBox bar = new HBox(6, counts, new Spacer(), previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("diff-bar");
        setTop(bar);
        leftTitle.getStyleClass().add("diff-side-title");
        rightTitle.getStyleClass().add("diff-side-title");
        SplitPane sides = new SplitPane(side(leftTitle, left), side(rightTitle, right));
        sides.getStyleClass().add("diff-sides");
        setCenter(sides);
    }

    private static BorderPane side(Label title, ReadOnlyYamlArea area) {
        BorderPane pane = new BorderPane(new VirtualizedScrollPane<>(area));
        title.setMaxWidth(Double.MAX_VALUE);
        pane.setTop(new VBox(title));
        return pane;
    }

    private static Button button(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private void initListeners() {
        // rows line up on both sides, so the same scroll offset shows the same rows
        // by row, not by pixel: a pixel offset set on the other side is only an estimate until it lays out, and
        // its own change event would then pull the first side back
        // (after the pulse: while the scroll event fires, the side's visible rows are not updated yet)
        left.estimatedScrollYProperty().addListener((obs, old, now) -> later(left, right));
        right.estimatedScrollYProperty().addListener((obs, old, now) -> later(right, left));
        left.estimatedScrollXProperty().addListener((obs, old, now) -> followX(right, now));
        right.estimatedScrollXProperty().addListener((obs, old, now) -> followX(left, now));
    }

    private void later(ReadOnlyYamlArea source, ReadOnlyYamlArea target) {
        if (!syncing && !rowSyncPending) {
            rowSyncPending = true;
            javafx.application.Platform.runLater(() -> {
                rowSyncPending = false;
                followRows(source, target);
            });
        }
    }

    private void followRows(ReadOnlyYamlArea source, ReadOnlyYamlArea target) {
        if (syncing || source.getParagraphs().size() != target.getParagraphs().size()) {
            return;
        }
        syncing = true;
        try {
            int top = source.firstVisibleParToAllParIndex();
            if (target.firstVisibleParToAllParIndex() != top) {
                target.showParagraphAtTop(top);
            }
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // nothing laid out yet on one side: the next scroll event syncs
        } finally {
            syncing = false;
        }
    }

    private void followX(ReadOnlyYamlArea target, Double value) {
        if (syncing || value == null) {
            return;
        }
        syncing = true;
        try {
            target.estimatedScrollXProperty().setValue(value);
        } finally {
            syncing = false;
        }
    }

    /** Shows a diff; the titles name the two versions (e.g. "HEAD (1a2b3c4)" and "Working tree"). */
    public void show(SideBySideDiff diff, String oldTitle, String newTitle) {
        shown = diff;
        change = -1;
        leftTitle.setText(oldTitle);
        rightTitle.setText(newTitle);
        List<String> oldStyles = new ArrayList<>();
        List<String> newStyles = new ArrayList<>();
        for (SideBySideDiff.Row row : diff.rows()) {
            String kind = row.kind().name().toLowerCase(Locale.ROOT);
            oldStyles.add(row.kind() == SideBySideDiff.Kind.SAME ? "" : row.oldLine() < 0 ? "diff-filler" : "diff-" + kind);
            newStyles.add(row.kind() == SideBySideDiff.Kind.SAME ? "" : row.newLine() < 0 ? "diff-filler" : "diff-" + kind);
        }
        left.show(diff.oldSide(), i -> number(diff, i, true), oldStyles);
        right.show(diff.newSide(), i -> number(diff, i, false), newStyles);
        long added = diff.count(SideBySideDiff.Kind.ADDED);
        long removed = diff.count(SideBySideDiff.Kind.REMOVED);
        long changed = diff.count(SideBySideDiff.Kind.CHANGED);
        counts.setText(diff.changeStarts().isEmpty() ? "No differences"
                : diff.changeStarts().size() + (diff.changeStarts().size() == 1 ? " change" : " changes")
                        + "   +" + added + "  −" + removed + "  ~" + changed + " lines");
        jumpPending = !diff.changeStarts().isEmpty();
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (jumpPending && left.getHeight() > 0) {
            jumpPending = false;
            javafx.application.Platform.runLater(() -> jump(1));
        }
    }

    private static String number(SideBySideDiff diff, int row, boolean old) {
        if (row >= diff.rows().size()) {
            return "";
        }
        int line = old ? diff.rows().get(row).oldLine() : diff.rows().get(row).newLine();
        return line < 0 ? "" : String.valueOf(line + 1);
    }

    /** Scrolls both sides to the next (+1) or previous (-1) change. */
    public void jump(int direction) {
        if (shown == null || shown.changeStarts().isEmpty()) {
            return;
        }
        int count = shown.changeStarts().size();
        change = change < 0 ? 0 : Math.floorMod(change + direction, count);
        int row = Math.max(0, shown.changeStarts().get(change) - 3);
        left.showParagraphAtTop(row);
        right.showParagraphAtTop(row);
    }

    public ReadOnlyYamlArea oldSide() {
        return left;
    }

    public ReadOnlyYamlArea newSide() {
        return right;
    }

    /** The counts line ("2 changes   +1  −0  ~1 lines"). */
    public String countsText() {
        return counts.getText();
    }
}
