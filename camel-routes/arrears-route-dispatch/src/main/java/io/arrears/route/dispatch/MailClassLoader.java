package io.arrears.route.dispatch;

import java.util.concurrent.Callable;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Runs Jakarta Mail code with the Angus Mail bundle as context class loader: in OSGi, jakarta.mail-api
 * finds its providers (SMTP, stream provider) through the context class loader.
 */
final class MailClassLoader {

    private MailClassLoader() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SMTPTransport.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
