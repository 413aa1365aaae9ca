package dev.junction.icons.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.icons.JunctionIcon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconGeneratorTest {

    /** Maven runs tests in the module directory; these are the real sources the build renders. */
    private static final Path SOURCES = Path.of("src", "main", "svg");

    @TempDir
    Path out;

    @Test
    void everyIconIsRenderedInEverySizeWithRoundedOrCutCorners() throws IOException {
        new IconGenerator(SOURCES, out).generateAll();

        for (JunctionIcon icon : JunctionIcon.values()) {
            for (int size : JunctionIcon.PNG_SIZES) {
                BufferedImage image = ImageIO.read(out.resolve(icon.baseName() + "-" + size + ".png").toFile());
                assertThat(image.getWidth()).as(icon + " " + size).isEqualTo(size);
                assertThat(image.getHeight()).as(icon + " " + size).isEqualTo(size);
                assertThat(image.getColorModel().hasAlpha()).isTrue();
                // anti-aliasing may leave a trace of the rounded corner at 16 px
                assertThat(image.getRGB(0, 0) >>> 24).as(icon + " " + size + " corner alpha").isLessThan(0x20);
                assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("centre is drawn").isEqualTo(0xFF);
            }
            assertThat(out.resolve(icon.baseName() + ".ico")).isNotEmptyFile();
            assertThat(out.resolve(icon.baseName() + ".icns")).isNotEmptyFile();
        }
    }

    @Test
    void generatingTwiceGivesTheSameBytes() throws IOException {
        Path first = Files.createDirectory(out.resolve("first"));
        Path second = Files.createDirectory(out.resolve("second"));

        new IconGenerator(SOURCES, first).generateAll();
        new IconGenerator(SOURCES, second).generateAll();

        try (var files = Files.list(first)) {
            for (Path file : files.toList()) {
                assertThat(second.resolve(file.getFileName())).as(file.getFileName().toString())
                        .hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void aMissingSourceDirectoryIsReported() {
        Path missing = out.resolve("no-such-dir");

        assertThatThrownBy(() -> new IconGenerator(missing, out).generateAll())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-dir")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aMissingSvgIsReportedByName() throws IOException {
        Path sources = Files.createDirectory(out.resolve("sources"));
        Files.copy(SOURCES.resolve("app.svg"), sources.resolve("app.svg"));

        assertThatThrownBy(() -> new IconGenerator(sources, out.resolve("png")).generateAll())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("workflow-file.svg");
    }

    @Test
    void anSvgThatDoesNotParseIsReportedByName() throws IOException {
        Path sources = Files.createDirectory(out.resolve("sources"));
        Files.writeString(sources.resolve("app.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><rect");
        // JSVG logs the XML parser's complaint (useful in a build); keep this test's output clean
        Logger jsvg = Logger.getLogger("com.github.weisj.jsvg");
        Level before = jsvg.getLevel();
        jsvg.setLevel(Level.OFF);
        try {
            assertThatThrownBy(() -> new IconGenerator(sources, out.resolve("png")).generateAll())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("app.svg");
        } finally {
            jsvg.setLevel(before);
        }
    }
}
