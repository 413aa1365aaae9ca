package dev.junction.icons.generate;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a macOS {@code .icns} whose entries are PNG images.
 *
 * <p>Hand-written, like {@link IcoWriter}: TwelveMonkeys could write ICNS, but a dependency for
 * one of the two containers is not worth it when the format is an 8-byte header ({@code icns}
 * and the total length) followed by entries of a 4-character type, a length and a PNG.
 * Big-endian throughout. Apple's {@code iconutil} is macOS-only, so the build cannot use it.
 */
final class IcnsWriter {

    /** Entry type per pixel size of the PNG it holds; "@2x" types reuse the doubled image. */
    private static final SequencedMap<String, Integer> TYPES = types();

    private IcnsWriter() {
    }

    private static SequencedMap<String, Integer> types() {
        SequencedMap<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);   // 512@2x
        types.put("ic11", 32);     // 16@2x
        types.put("ic12", 64);     // 32@2x
        types.put("ic13", 256);    // 128@2x
        types.put("ic14", 512);    // 256@2x
        return types;
    }

    /** The pixel sizes an ICNS needs: 16, 32, 64, 128, 256, 512 and 1024. */
    static Set<Integer> requiredSizes() {
        return new TreeSet<>(TYPES.values());
    }

    /**
     * The ICNS file holding every entry type, each filled from {@code pngBySize}.
     *
     * @throws IllegalArgumentException if a size from {@link #requiredSizes()} is missing
     */
    static byte[] write(Map<Integer, byte[]> pngBySize) {
        if (!pngBySize.keySet().containsAll(requiredSizes())) {
            throw new IllegalArgumentException("An ICNS needs PNGs of " + requiredSizes()
                    + " px, got " + new TreeSet<>(pngBySize.keySet()));
        }
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        TYPES.forEach((type, size) -> {
            byte[] png = pngBySize.get(size);
            entries.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
            entries.writeBytes(ByteBuffer.allocate(4).putInt(8 + png.length).array());
            entries.writeBytes(png);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + entries.size());
        out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(8 + entries.size()).array());
        out.writeBytes(entries.toByteArray());
        return out.toByteArray();
    }
}
