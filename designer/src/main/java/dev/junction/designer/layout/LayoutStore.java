package dev.junction.designer.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the positions of a hand-arranged diagram live: {@code <workspace>/.junction/layout/<workflow>.json}, the
 * workflow's path inside the workspace with {@code .json} instead of its extension (so {@code ci.yaml} keeps
 * {@code .junction/layout/ci.json}). Kept apart from the YAML so the definition stays free of drawing data and
 * its git diffs stay about behaviour.
 *
 * <p>Reads and writes are plain file I/O: call them off the FX thread for big diagrams. Writes replace the file
 * atomically where the file system allows it, so a crash never leaves half a file.
 */
public final class LayoutStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    private LayoutStore(Path file) {
        this.file = file;
    }

    /** The store for a workflow file inside a workspace folder (or beside it when it lies outside). */
    public static LayoutStore of(Path workspace, Path workflowFile) {
        Path ws = workspace.toAbsolutePath().normalize();
        Path wf = workflowFile.toAbsolutePath().normalize();
        Path relative = wf.startsWith(ws) ? ws.relativize(wf) : wf.getFileName();
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String json = (dot > 0 ? name.substring(0, dot) : name) + ".json";
        Path parent = relative.getParent();
        Path inLayout = parent == null ? Path.of(json) : parent.resolve(json);
        return new LayoutStore(ws.resolve(".junction").resolve("layout").resolve(inLayout));
    }

    /**
     * The store for a workflow whose workspace is not known: the nearest folder upwards holding a
     * {@code .junction} or {@code .git} folder, else the workflow's own folder.
     */
    public static LayoutStore near(Path workflowFile) {
        Path wf = workflowFile.toAbsolutePath().normalize();
        Path folder = wf.getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".junction")) || Files.exists(dir.resolve(".git"))) {
                return of(dir, wf);
            }
        }
        return of(folder == null ? Path.of("") : folder, wf);
    }

    public Path file() {
        return file;
    }

    /**
     * @return the saved layout, or empty when none was saved
     * @throws IOException when the file cannot be read or is not a layout file (with the reason)
     */
    public Optional<SavedLayout> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + " must hold a JSON object with 'positions'");
        }
        Direction direction = Direction.TOP_TO_BOTTOM;
        JsonNode dir = root.get("direction");
        if (dir != null && dir.isTextual()) {
            try {
                direction = Direction.valueOf(dir.asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": unknown direction '" + dir.asText() + "'", e);
            }
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        JsonNode ps = root.path("positions");
        if (!ps.isObject()) {
            throw new IOException(file + " must hold a JSON object with 'positions'");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ps.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode x = e.getValue().get("x");
            JsonNode y = e.getValue().get("y");
            if (x == null || y == null || !x.isNumber() || !y.isNumber()) {
                throw new IOException(file + ": position of '" + e.getKey() + "' needs numbers x and y");
            }
            positions.put(e.getKey(), new Position(x.asDouble(), y.asDouble()));
        }
        Map<LayoutGraph.Edge, List<Position>> routes = new LinkedHashMap<>();
        JsonNode rs = root.path("routes");
        if (!rs.isMissingNode() && !rs.isArray()) {
            throw new IOException(file + ": 'routes' must be a list");
        }
        for (JsonNode r : rs) {
            List<Position> points = new ArrayList<>();
            for (JsonNode p : r.path("points")) {
                if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new IOException(file + ": a route point must be [x, y]");
                }
                points.add(new Position(p.get(0).asDouble(), p.get(1).asDouble()));
            }
            if (!r.path("from").isTextual() || !r.path("to").isTextual()) {
                throw new IOException(file + ": a route needs 'from' and 'to'");
            }
            routes.put(new LayoutGraph.Edge(r.get("from").asText(), r.get("to").asText()), points);
        }
        return Optional.of(new SavedLayout(direction, positions, routes));
    }

    /** Writes the layout (creating {@code .junction/layout/} as needed). */
    public void write(SavedLayout layout) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("direction", layout.direction().name());
        ObjectNode ps = root.putObject("positions");
        layout.positions().forEach((id, p) -> ps.putObject(id).put("x", round(p.x())).put("y", round(p.y())));
        if (!layout.routes().isEmpty()) {
            ArrayNode rs = root.putArray("routes");
            layout.routes().forEach((edge, points) -> {
                ObjectNode r = rs.addObject().put("from", edge.from()).put("to", edge.to());
                ArrayNode ps2 = r.putArray("points");
                points.forEach(p -> ps2.addArray().add(round(p.x())).add(round(p.y())));
            });
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whole-pixel-tenths keep the file readable and its diffs small. */
    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
