package dev.junction.store;

import java.io.IOException;

/** Child process that lives until its standard input is closed: a real process with a known life span. */
public final class WaitForInput {

    private WaitForInput() {}

    public static void main(String[] args) throws IOException {
        while (System.in.read() >= 0) {
            // wait for end of input
        }
    }
}
