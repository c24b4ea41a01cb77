package io.arrears.route.bankpayments;

import java.io.InputStream;

final class TestResources {

    private TestResources() {
    }

    static InputStream open(String name) {
        InputStream in = TestResources.class.getResourceAsStream("/bankpayments/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return in;
    }
}
