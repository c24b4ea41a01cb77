package io.arrears.store.jdbc.contact;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.api.secret.Secrets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Offers {@link JdbcContactLog} on the Arrears database as the {@link ContactLog} service. */
@Component(service = ContactLog.class, configurationPid = ContactLogConfig.PID)
@Designate(ocd = ContactLogConfig.class)
public class ContactLogComponent implements ContactLog {

    private final ContactLog log;

    @Activate
    public ContactLogComponent(@Reference(target = "(dataSourceName=arrears)") DataSource dataSource, ContactLogConfig config) {
        Optional<CheckpointSigner> signer = config.checkpoint_key().isBlank()
                ? Optional.empty()
                : Optional.of(CheckpointSigner.fromBase64(
                        Secrets.resolve(ContactLogConfig.KEY_SETTING + " in " + ContactLogConfig.PID, config.checkpoint_key()),
                        ContactLogConfig.KEY_SETTING + " in " + ContactLogConfig.PID));
        this.log = new JdbcContactLog(dataSource, Clock.systemUTC(), signer);
    }

    @Override
    public ContactEntry append(NewContactEntry entry) {
        return log.append(entry);
    }

    @Override
    public List<ContactEntry> entries(String customerId, long afterSequence, int limit) {
        return log.entries(customerId, afterSequence, limit);
    }

    @Override
    public VerificationReport verify() {
        return log.verify();
    }

    @Override
    public Checkpoint checkpoint() {
        return log.checkpoint();
    }

    @Override
    public Checkpoint exportCheckpoint(Path file) {
        return log.exportCheckpoint(file);
    }

    @Override
    public VerificationReport verify(Checkpoint checkpoint) {
        return log.verify(checkpoint);
    }
}
