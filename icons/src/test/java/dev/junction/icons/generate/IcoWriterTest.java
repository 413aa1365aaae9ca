package dev.junction.icons.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IcoWriterTest {

    @Test
    void directoryListsEveryImageSmallestFirstWithOffsetsToItsPng() {
        byte[] ico = IcoWriter.write(Map.of(256, PngImages.square(256), 16, PngImages.square(16),
                48, PngImages.square(48)));

        ByteBuffer in = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.getShort()).as("reserved").isZero();
        assertThat(in.getShort()).as("type icon").isEqualTo((short) 1);
        assertThat(in.getShort()).as("count").isEqualTo((short) 3);
        List<Integer> decodedSizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int width = Byte.toUnsignedInt(in.get());
            int height = Byte.toUnsignedInt(in.get());
            assertThat(width).isEqualTo(height);
            in.getShort();                                   // palette + reserved
            assertThat(in.getShort()).as("planes").isEqualTo((short) 1);
            assertThat(in.getShort()).as("bits").isEqualTo((short) 32);
            int length = in.getInt();
            int offset = in.getInt();
            assertThat(PngImages.startsWithSignature(ico, offset)).isTrue();
            BufferedImage image = PngImages.decode(ico, offset, length);
            assertThat(image.getWidth()).isEqualTo(width == 0 ? 256 : width);
            decodedSizes.add(image.getWidth());
        }
        assertThat(decodedSizes).containsExactly(16, 48, 256);
        assertThat(ico.length).isEqualTo(6 + 3 * 16 + PngImages.square(16).length
                + PngImages.square(48).length + PngImages.square(256).length);
    }

    @Test
    void sizeTwoHundredFiftySixIsWrittenAsZeroAsTheFormatRequires() {
        byte[] ico = IcoWriter.write(Map.of(256, PngImages.square(256)));

        assertThat(ico[6]).isZero();
        assertThat(ico[7]).isZero();
    }

    @Test
    void imagesLargerThanTheFormatAllowsAreRejected() {
        assertThatThrownBy(() -> IcoWriter.write(Map.of(512, PngImages.square(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..256")
                .hasMessageContaining("512");
    }

    @Test
    void anIconWithoutImagesIsRejected() {
        assertThatThrownBy(() -> IcoWriter.write(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one image");
    }
}
