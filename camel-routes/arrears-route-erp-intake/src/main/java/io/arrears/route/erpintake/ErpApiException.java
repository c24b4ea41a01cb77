package io.arrears.route.erpintake;

import java.io.IOException;

/** The ERP API answered a page with an error status or an unusable body: the pull fails and is retried. */
public final class ErpApiException extends IOException {

    private static final long serialVersionUID = 1L;

    public ErpApiException(String message) {
        super(message);
    }

    public ErpApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
