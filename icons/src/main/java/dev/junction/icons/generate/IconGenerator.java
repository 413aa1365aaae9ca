package dev.junction.icons.generate;

import dev.junction.icons.JunctionIcon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * Build-time tool: renders every {@link JunctionIcon} from its SVG into PNGs, an ICO and an ICNS.
 *
 * <p>For icon {@code name} it reads {@code name.svg} and, if present, {@code name-small.svg}: a
 * simplified drawing (thicker lines, bigger shapes) used for sizes up to {@value #SMALL_MAX_SIZE}
 * px, where the detailed one would blur. Output files in the target directory:
 * {@code name-<size>.png} for each of {@link JunctionIcon#PNG_SIZES}, {@code name.ico} and
 * {@code name.icns}. The same inputs always give the same bytes.
 *
 * <p>Run by the icons module's build ({@code exec:java} in {@code process-classes});
 * usage: {@code IconGenerator <svg-directory> <output-directory>}.
 */
public final class IconGenerator {

    static final int SMALL_MAX_SIZE = 32;
    private static final int ICO_MAX_SIZE = 256;

    private final Path svgDirectory;
    private final Path outputDirectory;

    /** A generator reading from {@code svgDirectory} and writing into {@code outputDirectory}. */
    public IconGenerator(Path svgDirectory, Path outputDirectory) {
        this.svgDirectory = svgDirectory;
        this.outputDirectory = outputDirectory;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IconGenerator <svg-directory> <output-directory>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        IconGenerator generator = new IconGenerator(Path.of(args[0]), Path.of(args[1]));
        generator.generateAll();
    }

    /**
     * Generates every icon.
     *
     * @throws IOException if a source SVG is missing or unreadable, or an output cannot be written
     */
    public void generateAll() throws IOException {
        if (!Files.isDirectory(svgDirectory)) {
            throw new IOException("SVG directory " + svgDirectory + " does not exist");
        }
        Files.createDirectories(outputDirectory);
        for (JunctionIcon icon : JunctionIcon.values()) {
            generate(icon);
        }
    }

    private void generate(JunctionIcon icon) throws IOException {
        String name = icon.baseName();
        SvgRasterizer large = new SvgRasterizer(svgDirectory.resolve(name + ".svg"));
        Path smallSource = svgDirectory.resolve(name + "-small.svg");
        SvgRasterizer small = Files.exists(smallSource) ? new SvgRasterizer(smallSource) : large;

        SequencedMap<Integer, byte[]> pngBySize = new LinkedHashMap<>();
        for (int size : JunctionIcon.PNG_SIZES) {
            byte[] png = (size <= SMALL_MAX_SIZE ? small : large).renderPng(size);
            pngBySize.put(size, png);
            Files.write(outputDirectory.resolve(name + "-" + size + ".png"), png);
        }
        Map<Integer, byte[]> icoImages = new LinkedHashMap<>(pngBySize);
        icoImages.keySet().removeIf(size -> size > ICO_MAX_SIZE);
        Files.write(outputDirectory.resolve(name + ".ico"), IcoWriter.write(icoImages));
        Files.write(outputDirectory.resolve(name + ".icns"), IcnsWriter.write(pngBySize));
    }
}
