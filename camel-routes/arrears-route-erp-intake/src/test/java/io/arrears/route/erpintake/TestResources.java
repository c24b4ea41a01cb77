package io.arrears.route.erpintake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

final class TestResources {

    private TestResources() {
    }

    static InputStream open(String name) {
        InputStream in = TestResources.class.getResourceAsStream("/erpintake/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return in;
    }

    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
