package dev.junction.designer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    private static final double W = 240;
    private static final double H = 64;

    private static LayoutGraph diamond() {
        return new LayoutGraph(List.of("a", "b", "c", "d"), List.of(new LayoutGraph.Edge("a", "b"),
                new LayoutGraph.Edge("a", "c"), new LayoutGraph.Edge("b", "d"), new LayoutGraph.Edge("c", "d")), W, H);
    }

    @Test
    void upstreamStepsComeFirstInTheChosenDirection() {
        Map<String, Position> down = new GraphLayout().layout(diamond(), Direction.TOP_TO_BOTTOM);
        assertThat(down.get("a").y()).isLessThan(down.get("b").y());
        assertThat(down.get("b").y()).isEqualTo(down.get("c").y());
        assertThat(down.get("c").y()).isLessThan(down.get("d").y());

        Map<String, Position> right = new GraphLayout().layout(diamond(), Direction.LEFT_TO_RIGHT);
        assertThat(right.get("a").x()).isLessThan(right.get("b").x());
        assertThat(right.get("b").x()).isLessThan(right.get("d").x());
    }

    @Test
    void edgesAreRoutedAsCurvesFromTheOutPortToTheInPort() {
        LayoutResult result = new GraphLayout().layoutWithRoutes(diamond(), Direction.TOP_TO_BOTTOM);
        List<Position> route = result.routes().get(new LayoutGraph.Edge("a", "b"));
        assertThat(route).isNotNull();
        assertThat((route.size() - 1) % 3).isZero();
        Position a = result.positions().get("a");
        Position b = result.positions().get("b");
        assertThat(route.getFirst()).isEqualTo(new Position(a.x() + W / 2, a.y() + H));
        assertThat(route.getLast()).isEqualTo(new Position(b.x() + W / 2, b.y()));
    }

    @Test
    void cardsNeverOverlap() {
        List<String> nodes = new ArrayList<>();
        List<LayoutGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            nodes.add("s" + i);
            if (i > 0) {
                edges.add(new LayoutGraph.Edge("s" + (i / 3), "s" + i));
            }
        }
        Map<String, Position> p = new GraphLayout().layout(new LayoutGraph(nodes, edges, W, H), Direction.TOP_TO_BOTTOM);
        for (String a : nodes) {
            for (String b : nodes) {
                if (!a.equals(b)) {
                    boolean overlap = Math.abs(p.get(a).x() - p.get(b).x()) < W && Math.abs(p.get(a).y() - p.get(b).y()) < H;
                    assertThat(overlap).as(a + " overlaps " + b).isFalse();
                }
            }
        }
    }

    @Test
    void stepsApartAreLaidOutBesideTheMainFlow() {
        LayoutGraph graph = new LayoutGraph(List.of("a", "b", "alert"), List.of(new LayoutGraph.Edge("a", "b")),
                Set.of("alert"), W, H);
        Map<String, Position> p = new GraphLayout().layout(graph, Direction.TOP_TO_BOTTOM);
        assertThat(p.get("alert").x()).isGreaterThanOrEqualTo(Math.max(p.get("a").x(), p.get("b").x()) + W);
    }

    @Test
    void aCycleTheUserIsStillTypingIsLaidOutToo() {
        LayoutGraph graph = new LayoutGraph(List.of("a", "b"), List.of(new LayoutGraph.Edge("a", "b"),
                new LayoutGraph.Edge("b", "a")), W, H);
        assertThat(new GraphLayout().layout(graph, Direction.TOP_TO_BOTTOM)).containsOnlyKeys("a", "b");
    }

    @Test
    void placementKeepsFixedPositionsAndAnchorsNewStepsToTheirNeeds() {
        Map<String, Position> fixed = Map.of("a", new Position(1000, 1000), "b", new Position(1000, 1200));
        LayoutGraph graph = new LayoutGraph(List.of("a", "b", "c"), List.of(new LayoutGraph.Edge("a", "b"),
                new LayoutGraph.Edge("b", "c")), W, H);
        Map<String, Position> placed = new Placement(new GraphLayout()).place(graph, fixed, Direction.TOP_TO_BOTTOM).positions();
        assertThat(placed).containsOnlyKeys("c");
        assertThat(placed.get("c").y()).isGreaterThan(1200);
        assertThat(placed.get("c").x()).isEqualTo(1000);
    }
}
