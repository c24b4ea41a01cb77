package io.arrears.store.jdbc.call;

import io.arrears.api.call.CallJournal;
import io.arrears.api.outbox.Outbox;
import io.arrears.store.jdbc.contact.JdbcContactLog;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Offers the JDBC {@link CallJournal} once the Arrears database and the outbox are up. */
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.arrears.api.call.CallJournal")
@Component(service = {}, immediate = true)
public class CallJournalRegistration {

    private final ServiceRegistration<CallJournal> journal;

    @Activate
    public CallJournalRegistration(BundleContext context, @Reference(target = "(dataSourceName=arrears)") DataSource dataSource,
            @Reference Outbox outbox) {
        // appending needs no checkpoint key: checkpoints are the ContactLog service's
        JdbcContactLog log = new JdbcContactLog(dataSource, Clock.systemUTC(), Optional.empty());
        this.journal = context.registerService(CallJournal.class, new JdbcCallJournal(dataSource, log, outbox), null);
    }

    @Deactivate
    void deactivate() {
        journal.unregister();
    }
}
