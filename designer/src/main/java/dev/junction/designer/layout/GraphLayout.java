package dev.junction.designer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The "tidy" layout: ELK's layered algorithm (Sugiyama style) places steps in layers along the flow, upstream
 * first, with few crossings. Each card has one fixed in port and one out port in the middle of its upstream and
 * downstream sides, where the canvas draws edges. Edges are routed as splines (cubic Bézier curves) that go
 * around the cards they pass; the canvas draws these routes as long as their cards stay where the layout put them.
 * Steps keep their file order where the algorithm has a free choice, so small edits do not reshuffle the picture.
 * Steps marked {@link LayoutGraph#apart()} are laid out on their own and put beside the main flow.
 *
 * <p>Pure and thread-safe: call it off the FX thread for big graphs. A graph with a cycle (a broken workflow
 * the user is still typing) is laid out too; ELK reverses an edge to break it.
 */
public final class GraphLayout {

    /** Space between cards in one layer, and between layers (where the edges run). */
    private static final double NODE_SPACING = 36;
    private static final double LAYER_SPACING = 72;
    private static final double MARGIN = 40;
    private static final double GROUP_GAP = 96;
    /** From this many steps on, layout favours speed and compactness over straight edges. */
    private static final int BIG = 300;

    /** Positions (top-left) for every node of the graph. */
    public Map<String, Position> layout(LayoutGraph graph, Direction direction) {
        return layoutWithRoutes(graph, direction).positions();
    }

    /** Positions for every node, and edge routes (none for graphs of more than 300 steps: see the options). */
    public LayoutResult layoutWithRoutes(LayoutGraph graph, Direction direction) {
        if (graph.apart().isEmpty() || graph.apart().containsAll(graph.nodes())) {
            return layoutOne(graph, direction);
        }
        Set<String> main = new HashSet<>(graph.nodes());
        main.removeAll(graph.apart());
        LayoutResult first = layoutOne(graph.subgraph(main), direction);
        LayoutResult second = layoutOne(graph.subgraph(graph.apart()), direction);
        Map<String, Position> result = new HashMap<>(first.positions());
        Map<String, Position> apart = second.positions();
        // beside the flow: to the right of a top-to-bottom diagram, below a left-to-right one, aligned to its start
        double maxX = result.values().stream().mapToDouble(Position::x).max().orElse(0) + graph.nodeWidth();
        double maxY = result.values().stream().mapToDouble(Position::y).max().orElse(0) + graph.nodeHeight();
        double dx = direction == Direction.TOP_TO_BOTTOM ? maxX + GROUP_GAP - MARGIN : 0;
        double dy = direction == Direction.TOP_TO_BOTTOM ? 0 : maxY + GROUP_GAP - MARGIN;
        apart.forEach((id, p) -> result.put(id, p.plus(dx, dy)));
        Map<LayoutGraph.Edge, List<Position>> routes = new HashMap<>(first.routes());
        second.routes().forEach((edge, points) -> routes.put(edge, points.stream().map(p -> p.plus(dx, dy)).toList()));
        return new LayoutResult(result, routes);
    }

    private LayoutResult layoutOne(LayoutGraph graph, Direction direction) {
        if (graph.nodes().isEmpty()) {
            return LayoutResult.of(Map.of());
        }
        boolean down = direction == Direction.TOP_TO_BOTTOM;
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, down ? org.eclipse.elk.core.options.Direction.DOWN
                : org.eclipse.elk.core.options.Direction.RIGHT);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, NODE_SPACING / 2);
        // Brandes-Koepf gives straight runs of edges; on big graphs with long edges it spreads the diagram over
        // 50,000 px, so they get the simple (centred) placement: 15x narrower and faster (measured at 1,000 steps).
        // Big graphs get no routes: orthogonal routing is the cheapest and keeps the layer gaps at the spacing asked
        // for (polyline and spline routing widen them for steep edges: 1,500 px per layer at 1,000 steps)
        boolean big = graph.nodes().size() > BIG;
        root.setProperty(CoreOptions.EDGE_ROUTING, big ? EdgeRouting.ORTHOGONAL : EdgeRouting.SPLINES);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, big ? NodePlacementStrategy.SIMPLE
                : NodePlacementStrategy.BRANDES_KOEPF);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // fewer sweeps than the default 7: big generated graphs stay well under a second, small ones look the same
        root.setProperty(LayeredOptions.THOROUGHNESS, big ? 1 : 7);

        double w = graph.nodeWidth();
        double h = graph.nodeHeight();
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, ElkPort[]> ports = new HashMap<>();
        for (String id : graph.nodes()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(id);
            node.setDimensions(w, h);
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            ElkPort in = ElkGraphUtil.createPort(node);
            ElkPort out = ElkGraphUtil.createPort(node);
            in.setDimensions(0, 0);
            out.setDimensions(0, 0);
            if (down) {
                in.setLocation(w / 2, 0);
                out.setLocation(w / 2, h);
                in.setProperty(CoreOptions.PORT_SIDE, PortSide.NORTH);
                out.setProperty(CoreOptions.PORT_SIDE, PortSide.SOUTH);
            } else {
                in.setLocation(0, h / 2);
                out.setLocation(w, h / 2);
                in.setProperty(CoreOptions.PORT_SIDE, PortSide.WEST);
                out.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
            }
            nodes.put(id, node);
            ports.put(id, new ElkPort[] {in, out});
        }
        Map<LayoutGraph.Edge, ElkEdge> edges = new HashMap<>();
        for (LayoutGraph.Edge edge : graph.edges()) {
            ElkPort[] from = ports.get(edge.from());
            ElkPort[] to = ports.get(edge.to());
            if (from != null && to != null && from != to) {
                edges.put(edge, ElkGraphUtil.createSimpleEdge(from[1], to[0]));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Position> result = new HashMap<>();
        nodes.forEach((id, node) -> result.put(id, new Position(node.getX(), node.getY())));
        Map<LayoutGraph.Edge, List<Position>> routes = new HashMap<>();
        if (!big) {
            edges.forEach((edge, elk) -> {
                if (elk.getSections().size() == 1) {
                    ElkEdgeSection s = elk.getSections().getFirst();
                    List<Position> points = new ArrayList<>();
                    points.add(new Position(s.getStartX(), s.getStartY()));
                    s.getBendPoints().forEach(b -> points.add(new Position(b.getX(), b.getY())));
                    points.add(new Position(s.getEndX(), s.getEndY()));
                    routes.put(edge, points);
                }
            });
        }
        return new LayoutResult(result, routes);
    }
}
