package dev.junction.icons.generate;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a Windows {@code .ico} whose entries are PNG images.
 *
 * <p>Hand-written because no maintained Java library writes ICO (TwelveMonkeys and JSVG only
 * read it; image4j has been abandoned since 2012), and the container is tiny: a 6-byte header,
 * one 16-byte directory entry per image, then the images. PNG entries are valid for every
 * Windows that JDK 25 runs on (Vista and later), so no BMP/DIB encoding is needed.
 */
final class IcoWriter {

    private static final int HEADER_BYTES = 6;
    private static final int ENTRY_BYTES = 16;
    private static final int MAX_SIZE = 256;

    private IcoWriter() {
    }

    /**
     * The ICO file holding {@code pngBySize} (square PNGs keyed by their pixel size).
     *
     * @throws IllegalArgumentException if there is no image, or a size is outside 1..256
     */
    static byte[] write(Map<Integer, byte[]> pngBySize) {
        if (pngBySize.isEmpty()) {
            throw new IllegalArgumentException("An ICO needs at least one image");
        }
        SortedMap<Integer, byte[]> sorted = new TreeMap<>(pngBySize);
        if (sorted.firstKey() < 1 || sorted.lastKey() > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "ICO images must be 1..256 px, got " + sorted.keySet());
        }
        ByteBuffer directory = ByteBuffer.allocate(HEADER_BYTES + ENTRY_BYTES * sorted.size())
                .order(ByteOrder.LITTLE_ENDIAN);
        directory.putShort((short) 0);               // reserved
        directory.putShort((short) 1);               // type 1 = icon
        directory.putShort((short) sorted.size());
        int offset = directory.capacity();
        for (Map.Entry<Integer, byte[]> entry : sorted.entrySet()) {
            int size = entry.getKey();
            byte dimension = (byte) (size == MAX_SIZE ? 0 : size);  // 0 means 256
            directory.put(dimension);                // width
            directory.put(dimension);                // height
            directory.put((byte) 0);                 // palette size: none
            directory.put((byte) 0);                 // reserved
            directory.putShort((short) 1);           // colour planes
            directory.putShort((short) 32);          // bits per pixel
            directory.putInt(entry.getValue().length);
            directory.putInt(offset);
            offset += entry.getValue().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
        out.writeBytes(directory.array());
        sorted.values().forEach(out::writeBytes);
        return out.toByteArray();
    }
}
