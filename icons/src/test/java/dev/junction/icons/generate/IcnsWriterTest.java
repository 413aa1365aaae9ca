package dev.junction.icons.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IcnsWriterTest {

    private static Map<Integer, byte[]> allRequiredSizes() {
        Map<Integer, byte[]> pngs = new TreeMap<>();
        IcnsWriter.requiredSizes().forEach(size -> pngs.put(size, PngImages.square(size)));
        return pngs;
    }

    @Test
    void everyEntryHoldsAPngOfTheSizeItsTypeStandsFor() {
        byte[] icns = IcnsWriter.write(allRequiredSizes());

        ByteBuffer in = ByteBuffer.wrap(icns);
        assertThat(ascii(in)).isEqualTo("icns");
        assertThat(in.getInt()).as("total length").isEqualTo(icns.length);
        Map<String, Integer> sizeByType = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            String type = ascii(in);
            int length = in.getInt();
            int dataStart = in.position();
            assertThat(PngImages.startsWithSignature(icns, dataStart)).as(type).isTrue();
            sizeByType.put(type, PngImages.decode(icns, dataStart, length - 8).getWidth());
            in.position(dataStart + length - 8);
        }
        assertThat(sizeByType).containsExactly(
                Map.entry("icp4", 16), Map.entry("icp5", 32), Map.entry("icp6", 64),
                Map.entry("ic07", 128), Map.entry("ic08", 256), Map.entry("ic09", 512),
                Map.entry("ic10", 1024), Map.entry("ic11", 32), Map.entry("ic12", 64),
                Map.entry("ic13", 256), Map.entry("ic14", 512));
    }

    @Test
    void aMissingSizeIsNamedInTheError() {
        Map<Integer, byte[]> pngs = allRequiredSizes();
        pngs.remove(1024);

        assertThatThrownBy(() -> IcnsWriter.write(pngs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1024");
    }

    private static String ascii(ByteBuffer in) {
        byte[] chars = new byte[4];
        in.get(chars);
        return new String(chars, StandardCharsets.US_ASCII);
    }
}
