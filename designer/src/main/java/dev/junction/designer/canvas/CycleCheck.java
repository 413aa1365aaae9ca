package dev.junction.designer.canvas;

import dev.junction.workflow.load.LoadResult;
import dev.junction.workflow.load.WorkflowLoader;
import dev.junction.workflow.source.Problem;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Whether a new dependency would close a cycle. The engine's own validation decides when the workflow loads (its
 * message names the cycle as the problems panel would); JGraphT on the diagram's edges covers texts the loader
 * stops on earlier errors, and answers quickly while a connection is being dragged.
 */
final class CycleCheck {

    private static final String CYCLE = "dependency cycle";

    private final Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);

    CycleCheck(CanvasGraph diagram) {
        diagram.steps().keySet().forEach(graph::addVertex);
        diagram.edges().forEach(e -> graph.addEdge(e.from(), e.to()));
    }

    /** Fast answer from the diagram: {@code to} needing {@code from} closes a cycle if {@code to} already leads to {@code from}. */
    Optional<List<String>> cycleOnDiagram(String from, String to) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        var path = BFSShortestPath.findPathBetween(graph, to, from);
        if (path == null) {
            return Optional.empty();
        }
        List<String> cycle = new java.util.ArrayList<>(path.getVertexList());
        cycle.add(to);
        return Optional.of(cycle);
    }

    /**
     * The engine's message for a cycle that the text after the edit has and the text before did not, if any.
     *
     * @param before the current text (its own cycles, if the user typed one, are not blamed on the new edge)
     */
    static Optional<String> cycleByEngine(WorkflowLoader loader, Path file, String before, String after) {
        List<String> found = cycles(loader.parse(file, after));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<String> old = new HashSet<>(cycles(loader.parse(file, before)));
        return found.stream().filter(m -> !old.contains(m)).findFirst();
    }

    private static List<String> cycles(LoadResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::message)
                .filter(m -> m.startsWith(CYCLE)).toList();
    }

    static String describe(List<String> cycle) {
        return CYCLE + ": " + String.join(" → ", cycle);
    }
}
