package dev.junction.designer.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a layout needs to know of a workflow: its steps in file order (all cards have the same size) and its
 * dependencies. An edge {@code from → to} means {@code to} needs {@code from}; edges naming unknown ids are ignored
 * by the layout.
 *
 * @param apart steps laid out as a group of their own, beside the main flow (a workflow's on-failure steps)
 */
public record LayoutGraph(List<String> nodes, List<Edge> edges, Set<String> apart, double nodeWidth,
                          double nodeHeight) {

    /** {@code to} needs {@code from}: {@code from} comes first in the flow. */
    public record Edge(String from, String to) {}

    public LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        apart = Set.copyOf(apart);
        if (nodeWidth <= 0 || nodeHeight <= 0) {
            throw new IllegalArgumentException("node size must be positive");
        }
        Set<String> unique = new HashSet<>(nodes);
        if (unique.size() != nodes.size()) {
            throw new IllegalArgumentException("node ids must be unique");
        }
    }

    public LayoutGraph(List<String> nodes, List<Edge> edges, double nodeWidth, double nodeHeight) {
        this(nodes, edges, Set.of(), nodeWidth, nodeHeight);
    }

    /** The part of the graph made of the given nodes (edges between them only). */
    LayoutGraph subgraph(Set<String> keep) {
        return new LayoutGraph(nodes.stream().filter(keep::contains).toList(),
                edges.stream().filter(e -> keep.contains(e.from()) && keep.contains(e.to())).toList(), Set.of(),
                nodeWidth, nodeHeight);
    }
}
