package org.lanterne.identity.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails instead of reading past a limit, for bodies that announce no length or lie about it. */
final class LimitedInputStream extends FilterInputStream {

    private long remaining;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            take(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            take(n);
        }
        return n;
    }

    private void take(int n) throws IOException {
        remaining -= n;
        if (remaining < 0) {
            throw new IOException("The request body is too large.");
        }
    }
}
