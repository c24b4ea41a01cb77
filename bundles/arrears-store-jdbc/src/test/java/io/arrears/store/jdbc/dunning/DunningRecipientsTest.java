package io.arrears.store.jdbc.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicyLoader;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.NoticeMessages;
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
import java.util.Optional;

/** The dunning run addresses the contact roles its level names, with the documented fallback and a visible reason. */
class DunningRecipientsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @DatabaseTest
    void theLevelsRoleReceivesTheNoticeSkippedRolesAreNamedAndNobodyWithAnAddressMakesATask(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcLedgerEventRepository journal = new JdbcLedgerEventRepository(db.dataSource(), CLOCK);
        JdbcCustomerRepository customers = new JdbcCustomerRepository(db.dataSource(), CLOCK);
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        JdbcDunningNoticeRepository notices = new JdbcDunningNoticeRepository(db.dataSource(), outbox);
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", null));
        customers.replaceContacts("C-1", List.of(Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Ewa Kowal", null, "+48221111111"),
                Contact.of(ContactRole.DECISION_MAKER, "Jan Nowak", "jan@alpha.example", null)));
        customers.upsert(new CustomerMasterData("C-2", "Beta GmbH", "DE", null));
        customers.replaceContacts("C-2", List.of(Contact.of(ContactRole.ESCALATION, "Legal", null, "+49301234567")));
        journal.append(invoice("C-1", "INV-1"));
        journal.append(invoice("C-2", "INV-2"));
        DunningRunServiceImpl service = new DunningRunServiceImpl(journal, customers, notices,
                new JdbcDunningBlockRepository(db.dataSource()), DunningPolicyLoader.loadDefault(), (country, date) -> Optional.empty(),
                new LedgerDunningFacts(CountryDefaults.bundled(ZoneOffset.UTC, "en"), "DE"),
                new NoticeMessages(new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX"), "collections",
                        Optional.empty()), "test", CLOCK);

        long runId = service.propose(LocalDate.of(2026, 3, 10)).runId();
        service.execute(runId);

        List<StoredNotice> executed = notices.notices(runId);
        StoredNotice alpha = executed.stream().filter(n -> n.proposal().customerId().equals("C-1")).findFirst().orElseThrow();
        OutboxMessage toBoss = outbox.findByKey(alpha.proposal().noticeKey()).orElseThrow();
        assertThat(toBoss.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(toBoss.recipient().address()).as("the clerk has no e-mail: the decision maker, as the fallback")
                .isEqualTo("jan@alpha.example");
        assertThat(alpha.outcomeReason()).hasValueSatisfying(r -> assertThat(r).contains(
                "to decision maker Jan Nowak (accounts-payable clerk Ewa Kowal skipped: no e-mail address; fallback to decision maker)"));

        StoredNotice beta = executed.stream().filter(n -> n.proposal().customerId().equals("C-2")).findFirst().orElseThrow();
        OutboxMessage task = outbox.findByKey(beta.proposal().noticeKey()).orElseThrow();
        assertThat(task.channel()).isEqualTo(DeliveryChannel.TASK);
        assertThat(task.content().body()).contains("Call: escalation contact Legal, +49301234567")
                .contains("Recipient: accounts-payable clerk skipped: no such contact");
    }

    private static LedgerEvent invoice(String customer, String number) {
        return new LedgerEvent.ItemRecorded(new Item(customer + "/" + number, customer, ItemKind.INVOICE, number,
                LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27), Money.of("120.00", "EUR"), Optional.empty(), Optional.empty()));
    }
}
