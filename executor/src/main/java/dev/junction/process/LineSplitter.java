package dev.junction.process;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns the bytes a process writes into lines for a consumer. {@code \n}, {@code \r\n} and a lone {@code \r}
 * (progress bars) end a line; the last line is delivered on {@link #flush()}/{@link #close()} even without a
 * terminator. A line longer than {@link #MAX_LINE_BYTES} is delivered in pieces, so a process that never
 * writes a newline cannot exhaust memory. After {@link #detach()} lines are dropped: a grandchild that keeps
 * writing after its step ended must not add lines to it.
 *
 * <p>One writer thread (zt-exec's pump); {@link #detach()} may be called from any thread.
 */
final class LineSplitter extends OutputStream {

    static final int MAX_LINE_BYTES = 64 * 1024;

    private final Consumer<String> consumer;
    private final Charset charset;
    private byte[] buffer = new byte[256];
    private int length;
    private boolean afterCarriageReturn;
    private volatile boolean detached;

    LineSplitter(Consumer<String> consumer, Charset charset) {
        this.consumer = consumer;
        this.charset = charset;
    }

    void detach() {
        detached = true;
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            if (!afterCarriageReturn) {
                emit(length);
            }
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = b == '\r';
        if (afterCarriageReturn) {
            emit(length);
            return;
        }
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES));
        }
        buffer[length++] = (byte) b;
        if (length == MAX_LINE_BYTES) {
            emit(cutPoint());
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int count) {
        for (int i = offset; i < offset + count; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public void flush() {
        if (length > 0) {
            emit(length);
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** Where to split an over-long line without cutting a UTF-8 character in two. */
    private int cutPoint() {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return length;
        }
        int start = length - 1;
        while (start > 0 && length - start < 4 && (buffer[start] & 0xC0) == 0x80) {
            start--; // back over continuation bytes (10xxxxxx) to the last character's lead byte
        }
        int lead = buffer[start] & 0xFF;
        int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return start > 0 && start + size > length ? start : length;
    }

    private void emit(int upTo) {
        String line = new String(buffer, 0, upTo, charset);
        System.arraycopy(buffer, upTo, buffer, 0, length - upTo);
        length -= upTo;
        if (!detached) {
            consumer.accept(line);
        }
    }
}
