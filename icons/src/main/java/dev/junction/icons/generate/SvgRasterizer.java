package dev.junction.icons.generate;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Renders one SVG file to square PNGs with JSVG.
 *
 * <p>Rendering goes through Java2D's software pipeline into a {@link BufferedImage}, and
 * ImageIO's PNG writer adds no timestamps, so the same SVG and JDK give the same bytes.
 */
final class SvgRasterizer {

    private final Path source;
    private final SVGDocument document;

    /**
     * Parses {@code source}.
     *
     * @throws IOException if the file is missing or is not an SVG document JSVG can read
     */
    SvgRasterizer(Path source) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("SVG source " + source + " does not exist");
        }
        this.source = source;
        this.document = load(source);
    }

    private static SVGDocument load(Path source) throws IOException {
        SVGDocument parsed;
        try {
            parsed = new SVGLoader().load(source.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IOException("Cannot address " + source, e);
        }
        if (parsed == null) {
            // JSVG logs the parser's complaint and returns null instead of throwing
            throw new IOException("Cannot parse " + source + " as SVG");
        }
        return parsed;
    }

    /** The image at {@code size} x {@code size} pixels, the SVG's view box scaled to fit. */
    BufferedImage render(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("Icon size must be positive, was " + size);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@link #render(int)} encoded as PNG. */
    byte[] renderPng(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(render(size), "png", bytes)) {
                throw new IllegalStateException("This JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + source + " at " + size + " px", e);
        }
        return bytes.toByteArray();
    }

    @Override
    public String toString() {
        return "SvgRasterizer[" + source + "]";
    }
}
