package dev.junction.icons.generate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Test support: decoding the PNGs the generator and the container writers produce. */
final class PngImages {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngImages() {
    }

    static boolean startsWithSignature(byte[] bytes, int offset) {
        return bytes.length >= offset + SIGNATURE.length
                && Arrays.equals(bytes, offset, offset + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    static BufferedImage decode(byte[] bytes, int offset, int length) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes, offset, length));
            if (image == null) {
                throw new IllegalStateException("not a PNG at offset " + offset);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A solid square PNG, small and valid, to feed the container writers. */
    static byte[] square(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, 0xFF000000 | size);
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
