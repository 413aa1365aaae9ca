package dev.junction.designer.canvas;

import dev.junction.designer.layout.Position;
import dev.junction.designer.palette.StepKindInfo;
import dev.junction.designer.run.StepStatusView;
import dev.junction.run.StepStatus;
import dev.junction.workflow.edit.StepSection;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One step card: the kind's icon, the id, a one-line summary, a foreach/matrix marker and a status badge during
 * and after a run. Styled by {@code canvas.css} ({@code .step-card} and its parts, pseudo-classes
 * {@code :selected}, {@code :on-failure}, {@code :connect-ok}, {@code :connect-refused} and
 * {@code :status-<status>}). FX thread only; {@link #dispose()} detaches it.
 */
final class StepSkin {

    static final String ID_KEY = "junction.step-id";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ON_FAILURE = PseudoClass.getPseudoClass("on-failure");
    private static final PseudoClass CONNECT_OK = PseudoClass.getPseudoClass("connect-ok");
    private static final PseudoClass CONNECT_REFUSED = PseudoClass.getPseudoClass("connect-refused");

    private final HBox root = new HBox();
    private final StackPane iconBox = new StackPane();
    private final FontIcon icon = new FontIcon();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final HBox head;
    /** Made on first use: most cards never show a marker or a badge, and a thousand idle labels cost CSS time. */
    private Label repeat;
    private Label badge;
    private FontIcon badgeIcon;
    private StepNode node;
    private StepStatusView status;
    private String kindClass = "";
    private String statusClass = "";
    private Tooltip tooltip;
    private CanvasDecorations.Mark decoration;

    StepSkin(StepNode node) {
        root.getStyleClass().add("step-card");
        root.getProperties().put(ID_KEY, node.id());
        root.setMinSize(CanvasViewModel.CARD_WIDTH, CanvasViewModel.CARD_HEIGHT);
        root.setPrefSize(CanvasViewModel.CARD_WIDTH, CanvasViewModel.CARD_HEIGHT);
        root.setMaxSize(CanvasViewModel.CARD_WIDTH, CanvasViewModel.CARD_HEIGHT);
        root.setAlignment(Pos.CENTER_LEFT);
        iconBox.getStyleClass().add("step-icon");
        iconBox.getChildren().add(icon);
        title.getStyleClass().add("step-title");
        title.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        title.setMinWidth(0);
        summary.getStyleClass().add("step-summary");
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        head = new HBox(6, title, spacer);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("step-head");
        VBox text = new VBox(3, head, summary);
        text.setAlignment(Pos.CENTER_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        root.getChildren().addAll(iconBox, text);
        // a tooltip per card costs listeners; make it on first hover instead
        root.setOnMouseEntered(e -> installTooltip());
        update(node);
    }

    Region root() {
        return root;
    }

    StepNode node() {
        return node;
    }

    void update(StepNode next) {
        StepNode old = node;
        node = next;
        if (old == null || !old.kind().equals(next.kind())) {
            Ikon ikon = next.kind().isEmpty() ? Feather.ALERT_TRIANGLE : StepKindInfo.iconOf(next.kind());
            icon.setIconCode(ikon);
            iconBox.getStyleClass().remove(kindClass);
            kindClass = next.kind().isEmpty() ? "kind-none" : "kind-" + next.kind();
            iconBox.getStyleClass().add(kindClass);
        }
        title.setText(next.id());
        summary.setText(next.summary());
        boolean repeated = next.repeat() != StepNode.Repeat.ONCE;
        boolean onFailure = next.section() == StepSection.ON_FAILURE;
        if ((repeated || onFailure) && repeat == null) {
            repeat = new Label();
            repeat.getStyleClass().add("step-repeat");
            repeat.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(2, repeat);
        }
        if (repeat != null) {
            repeat.setVisible(repeated || onFailure);
            repeat.setManaged(repeated || onFailure);
        }
        if (repeated) {
            repeat.setGraphic(new FontIcon(next.repeat() == StepNode.Repeat.FOREACH ? Feather.REPEAT : Feather.GRID));
            repeat.setText(next.repeat() == StepNode.Repeat.FOREACH ? "foreach" : "matrix");
        } else if (onFailure) {
            repeat.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
            repeat.setText("on failure");
        }
        root.pseudoClassStateChanged(ON_FAILURE, onFailure);
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
    }

    /** Shows a step's run status; null hides the badge. */
    void setStatus(StepStatusView next, Instant now) {
        status = next;
        String cls = next == null ? "" : "status-" + next.status().label();
        if (next != null && badge == null) {
            badge = new Label();
            badgeIcon = new FontIcon();
            badge.getStyleClass().add("status-badge");
            badge.setGraphic(badgeIcon);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(badge);
        }
        if (badge == null) {
            return;
        }
        if (!cls.equals(statusClass)) {
            if (!statusClass.isEmpty()) {
                root.pseudoClassStateChanged(PseudoClass.getPseudoClass(statusClass), false);
                badge.getStyleClass().remove(statusClass);
            }
            if (!cls.isEmpty()) {
                root.pseudoClassStateChanged(PseudoClass.getPseudoClass(cls), true);
                badge.getStyleClass().add(cls);
            }
            statusClass = cls;
        }
        badge.setVisible(next != null);
        badge.setManaged(next != null);
        if (next != null) {
            badgeIcon.setIconCode(switch (next.status()) {
                case QUEUED -> Feather.CLOCK;
                case RUNNING -> Feather.LOADER;
                case SUCCESS -> Feather.CHECK;
                case FAILURE -> Feather.X;
                case SKIPPED -> Feather.SKIP_FORWARD;
                case CANCELLED -> Feather.SLASH;
                case INTERRUPTED -> Feather.ALERT_TRIANGLE;
            });
            tick(now);
        }
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
    }

    boolean running() {
        return status != null && status.status() == StepStatus.RUNNING;
    }

    /** Refreshes the elapsed time of a running step. */
    void tick(Instant now) {
        if (status == null || badge == null) {
            return;
        }
        badge.setText(switch (status.status()) {
            case QUEUED -> "queued";
            case RUNNING -> status.startedAt() == null ? "running" : elapsed(Duration.between(status.startedAt(), now));
            case SKIPPED -> "skipped";
            case CANCELLED -> "cancelled";
            case INTERRUPTED -> "interrupted";
            case SUCCESS, FAILURE -> status.duration() == null ? status.status().label() : elapsed(status.duration());
        } + (status.attempt() > 1 ? " #" + status.attempt() : ""));
    }

    /** Shows a caller's mark (its style class on the card, its note in the tooltip); null removes it. */
    void setDecoration(CanvasDecorations.Mark mark) {
        if (java.util.Objects.equals(mark, decoration)) {
            return;
        }
        if (decoration != null) {
            root.getStyleClass().remove(decoration.styleClass());
        }
        decoration = mark;
        if (mark != null) {
            root.getStyleClass().add(mark.styleClass());
        }
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
    }

    void setSelected(boolean selected) {
        root.pseudoClassStateChanged(SELECTED, selected);
    }

    /** While a dependency is dragged over this card: whether dropping it here would be accepted; null clears. */
    void setConnectHint(Boolean accepted) {
        root.pseudoClassStateChanged(CONNECT_OK, Boolean.TRUE.equals(accepted));
        root.pseudoClassStateChanged(CONNECT_REFUSED, Boolean.FALSE.equals(accepted));
    }

    void relocate(Position p) {
        root.relocate(p.x(), p.y());
        root.setVisible(true);
    }

    void dispose() {
        if (tooltip != null) {
            Tooltip.uninstall(root, tooltip);
        }
        root.setOnMouseEntered(null);
        if (root.getParent() instanceof javafx.scene.Group g) {
            g.getChildren().remove(root);
        }
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText());
            tooltip.setShowDelay(javafx.util.Duration.millis(600));
            Tooltip.install(root, tooltip);
        }
    }

    private String tooltipText() {
        StringBuilder text = new StringBuilder(node.id());
        if (decoration != null && !decoration.note().isEmpty()) {
            text.append("  (").append(decoration.note()).append(')');
        }
        if (!node.name().isEmpty()) {
            text.append(" — ").append(node.name());
        }
        text.append('\n').append(node.kind().isEmpty() ? "(no kind)" : node.kind()).append(": ").append(node.summary());
        if (!node.needs().isEmpty()) {
            text.append("\nneeds ").append(String.join(", ", node.needs()));
        }
        if (status != null) {
            text.append("\n").append(status.status().label());
            if (!status.error().isEmpty()) {
                text.append(": ").append(status.error());
            }
        }
        return text.toString();
    }

    static String elapsed(Duration d) {
        long ms = Math.max(0, d.toMillis());
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        return s < 3600 ? (s / 60) + "m " + (s % 60) + "s" : (s / 3600) + "h " + (s % 3600 / 60) + "m";
    }
}
