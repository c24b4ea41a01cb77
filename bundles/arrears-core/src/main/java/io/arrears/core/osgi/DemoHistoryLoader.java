package io.arrears.core.osgi;

import io.arrears.api.contact.ContactLog;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.core.profiling.DemoHistory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo history once the demo customers' invoices are in the ledger: hands the demo statement to the bank
 * inbox, appends each customer's contacts (only for a customer without any contact yet), stores the promises with
 * their final state (a promise already stored is left alone) and records the external credit scores (only for a
 * customer without one yet). Idempotent, so restarts and a second node load nothing
 * twice. Disabled by default; the assembled distribution enables it with {@code etc/io.arrears.profile.demo.cfg}.
 */
@Component(service = {}, immediate = true, configurationPid = DemoHistoryConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoHistoryConfig.class)
public class DemoHistoryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryLoader.class);

    private final ScheduledExecutorService executor;

    @Activate
    public DemoHistoryLoader(DemoHistoryConfig config, @Reference LedgerQueries ledger, @Reference ContactLog contactLog,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PromiseRepository promises,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles) {
        if (!config.enabled() || config.history_file().isBlank()) {
            this.executor = null;
            return;
        }
        DemoHistory history = read(Path.of(config.history_file()));
        Task task = new Task(history, config, ledger, contactLog, Optional.ofNullable(promises),
                Optional.ofNullable(profiles));
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "arrears-demo-history"));
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (task.runOnce()) {
                    executor.shutdown();
                }
            } catch (RuntimeException e) {
                LOG.warn("demo history not loaded yet, will retry: {}", e.getMessage(), e);
            }
        }, 1, Math.max(1, config.poll_seconds()), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private static DemoHistory read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DemoHistory.parse(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the demo history " + file + ": " + e.getMessage(), e);
        }
    }

    /** One attempt; true when everything is loaded. */
    private record Task(DemoHistory history, DemoHistoryConfig config, LedgerQueries ledger, ContactLog contactLog,
            Optional<PromiseRepository> promises, Optional<ProfileService> profiles) {

        boolean runOnce() {
            for (String customer : history.customers()) {
                if (ledger.customer(customer, ledger.today()).isEmpty()) {
                    LOG.debug("demo history waits for customer {} to be imported", customer);
                    return false;
                }
            }
            handOverStatement();
            for (String customer : history.customers()) {
                if (contactLog.entries(customer, 0, 1).isEmpty()) {
                    history.contactsOf(customer).forEach(contactLog::append);
                }
                promises.ifPresent(repository -> history.promisesOf(customer).forEach(p -> store(repository, p)));
                // after the contacts: recording a score writes to the contact log, which would make them look loaded
                profiles.ifPresent(service -> history.creditScoresOf(customer).forEach(c -> record(service, c)));
            }
            LOG.info("demo history loaded for {} customers", history.customers().size());
            return true;
        }

        private void store(PromiseRepository repository, DemoHistory.DemoPromise p) {
            try {
                repository.save(p.promise());
            } catch (DuplicateKeyException e) {
                return; // loaded before
            }
            if (p.state() != PromiseState.PENDING) {
                repository.changeState(new PromiseStateChange(p.promise().id(), p.promise().customerId(), PromiseState.PENDING,
                        p.state(), p.state() == PromiseState.KEPT ? p.promise().amount()
                                : io.arrears.api.money.Money.zero(p.promise().amount().currency()), p.promise().promisedDate(), Optional.empty(),
                        "demo history: the promise ended " + p.state()), Clock.systemUTC().instant());
            }
        }

        private void record(ProfileService service, DemoHistory.DemoCreditScore c) {
            boolean recorded = service.profile(c.customerId(), "en").flatMap(p -> p.creditScore()).isPresent();
            if (!recorded) {
                service.recordCreditScore(c.customerId(), c.score(), c.source(), c.asOf(), DemoHistory.COLLECTOR);
            }
        }

        /** Writes the statement under a hidden name first and renames it, so the folder route never reads half a file. */
        private void handOverStatement() {
            if (config.statement_file().isBlank() || config.statement_inbox().isBlank()) {
                return;
            }
            Path source = Path.of(config.statement_file());
            Path inbox = Path.of(config.statement_inbox());
            try {
                Files.createDirectories(inbox);
                Path target = inbox.resolve(source.getFileName());
                if (Files.exists(target)) {
                    return;
                }
                Path partial = inbox.resolve("." + source.getFileName() + ".part");
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new IllegalStateException("cannot hand the demo statement " + source + " to " + inbox + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
