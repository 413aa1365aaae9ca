package dev.junction.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Reads the resources the build generated into target/classes, as the app does from the jar. */
class JunctionIconTest {

    @Test
    void everyIconIsOnTheClasspathInEverySize() throws IOException {
        for (JunctionIcon icon : JunctionIcon.values()) {
            for (int size : JunctionIcon.PNG_SIZES) {
                BufferedImage image = ImageIO.read(icon.png(size));
                assertThat(image.getWidth()).as(icon + " " + size).isEqualTo(size);
            }
            try (InputStream ico = icon.ico().openStream(); InputStream icns = icon.icns().openStream()) {
                assertThat(ico.readNBytes(4)).containsExactly(0, 0, 1, 0);
                assertThat(icns.readNBytes(4)).containsExactly('i', 'c', 'n', 's');
            }
        }
    }

    @Test
    void aSizeThatIsNotGeneratedIsRejectedWithTheSizesThatAre() {
        assertThatThrownBy(() -> JunctionIcon.APP.png(20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20 px")
                .hasMessageContaining("16, 24, 32");
    }
}
