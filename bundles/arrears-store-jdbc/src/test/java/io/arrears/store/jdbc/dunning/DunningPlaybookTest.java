package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.profile.BehaviourType;
import io.arrears.core.dunning.ContactChannel;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicy;
import io.arrears.core.dunning.DunningPolicyLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.DunningStyle;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.dunning.NoticeMessages;
import io.arrears.core.interest.RateTables;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The dunning run picks the channel by the customer's playbook among those the level allows. */
class DunningPlaybookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    private static RunProposal propose(TestDatabase db, Function<String, DunningStyle> styles) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        DunningRunServiceImpl service = new DunningRunServiceImpl(journal, customers,
                new JdbcDunningNoticeRepository(db.dataSource(), outbox), new JdbcDunningBlockRepository(db.dataSource()),
                policyWithPhoneOnTheFirstReminder(), (country, date) -> Optional.empty(),
                new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "test", new NoticeCharges(RateTables.bundledOnly()), CLOCK, styles);
        for (String customer : List.of("C-EASY", "C-COOP")) {
            customers.upsert(new CustomerMasterData(customer, customer + " GmbH", "DE", "ap@" + customer.toLowerCase() + ".example"));
            // 28 days past due, never reminded: the first reminder
            journal.append(new LedgerEvent.ItemRecorded(new Item(customer + "/INV-1", customer, ItemKind.INVOICE, "INV-1",
                    LocalDate.of(2026, 1, 27), LocalDate.of(2026, 2, 10), Money.of("500.00", "EUR"), Optional.empty(),
                    Optional.empty())));
        }
        return service.propose(TODAY);
    }

    /** The bundled policy with PHONE added to the first reminder's channels (EMAIL, SMS). */
    private static DunningPolicy policyWithPhoneOnTheFirstReminder() {
        try (InputStream in = DunningPolicyLoader.class.getResourceAsStream(DunningPolicyLoader.DEFAULT_RESOURCE)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String changed = json.replace("\"channels\": [\"EMAIL\", \"SMS\"]", "\"channels\": [\"EMAIL\", \"SMS\", \"PHONE\"]");
            assertThat(changed).isNotEqualTo(json);
            return DunningPolicyLoader.parse(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "test policy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DatabaseTest
    void withoutProfilesTheLevelsOwnOrderPicksEMail(TestDatabase db) {
        assertThat(propose(db, id -> DunningStyle.NONE).proposals()).extracting(CustomerProposal::channel)
                .containsOnly(DeliveryChannel.EMAIL);
    }

    @DatabaseTest
    void aPhoneFirstPlaybookMakesTheReminderACallAndTheLevelsOrderStaysForOthers(TestDatabase db) {
        Map<String, DunningStyle> styles = Map.of(
                "C-EASY", new DunningStyle(BehaviourType.EASYGOING, List.of(ContactChannel.PHONE, ContactChannel.EMAIL)),
                "C-COOP", new DunningStyle(BehaviourType.COOPERATIVE, List.of(ContactChannel.EMAIL)));

        RunProposal proposal = propose(db, id -> styles.getOrDefault(id, DunningStyle.NONE));

        assertThat(proposal.proposals()).extracting(CustomerProposal::levelName).containsOnly("first-reminder");
        assertThat(proposal.proposals()).filteredOn(p -> p.customerId().equals("C-EASY")).singleElement()
                .satisfies(p -> assertThat(p.channel()).isEqualTo(DeliveryChannel.TASK));
        assertThat(proposal.proposals()).filteredOn(p -> p.customerId().equals("C-COOP")).singleElement()
                .satisfies(p -> assertThat(p.channel()).isEqualTo(DeliveryChannel.EMAIL));
    }
}
