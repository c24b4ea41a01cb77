package io.arrears.core.osgi;

import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.ledger.ClaimService;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.SendCheck;
import io.arrears.core.dunning.NoticeFreshness;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers {@link NoticeFreshness} to the outbox relay, which asks it just before each send; the level fee of a notice it
 * stops is waived through the {@link ClaimService}, journaled like any waiver.
 */
@Component(service = SendCheck.class)
public class NoticeFreshnessComponent implements SendCheck {

    private final SendCheck delegate;

    @Activate
    public NoticeFreshnessComponent(@Reference DunningNoticeRepository notices, @Reference LedgerEventRepository journal,
            @Reference DunningBlockRepository blocks, @Reference ClaimService claims) {
        this.delegate = new NoticeFreshness(notices, journal, blocks, claims);
    }

    @Override
    public Optional<String> reasonNotToSend(OutboxMessage message) {
        return delegate.reasonNotToSend(message);
    }

    @Override
    public void beforeCancel(OutboxMessage message, String reason) {
        delegate.beforeCancel(message, reason);
    }
}
