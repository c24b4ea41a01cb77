package io.arrears.route.agency;

import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.PlacementService;
import io.arrears.api.store.StoreException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the agency's feedback files from its SFTP inbound folder and applies every record through the
 * {@link PlacementService} (each record once: the store keys it by agency and record id). A good file moves to
 * {@code .done/}; a malformed file, or one the domain refuses, to {@code .error/} with the reason. A database failure
 * leaves the file where it is for the next poll (and the route's redelivery).
 */
public final class PollAgencyFeedback implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PollAgencyFeedback.class);

    private final SftpTransport sftp;
    private final String agencyId;
    private final PlacementService placements;
    private final Clock clock;

    public PollAgencyFeedback(SftpTransport sftp, String agencyId, PlacementService placements, Clock clock) {
        this.sftp = sftp;
        this.agencyId = agencyId;
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws TransportException {
        int applied = 0;
        for (SftpTransport.InboundFile file : sftp.listInbound()) {
            Optional<String> error = Optional.empty();
            try {
                List<NewFeedback> records = FeedbackDocument.parse(file.content(), agencyId, clock.instant());
                for (NewFeedback record : records) {
                    if (placements.applyFeedback(record).isPresent()) {
                        applied++;
                    }
                }
            } catch (StoreException e) {
                throw e;
            } catch (IllegalArgumentException | IllegalStateException e) {
                error = Optional.of(e.getMessage());
                LOG.warn("agency {}: feedback file {} refused: {}", agencyId, file.name(), e.getMessage());
            }
            sftp.done(file, error);
        }
        exchange.getMessage().setBody(applied);
    }
}
