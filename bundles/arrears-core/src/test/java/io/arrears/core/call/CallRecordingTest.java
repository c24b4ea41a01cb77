package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.call.CallReport;
import io.arrears.api.call.InvalidCallException;
import io.arrears.api.call.LoggedCall;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.ledger.InMemoryJournal;
import io.arrears.core.promise.ConsequencePolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallRecordingTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final Map<String, CustomerMasterData> master = new HashMap<>();
    private final List<LedgerEvent> events = new ArrayList<>();
    private final List<Object[]> journaled = new ArrayList<>();
    private BehaviourType type = BehaviourType.UNKNOWN;

    private CallRecording recording(Optional<CallRecording.PaymentAccount> account) {
        CustomerRepository customers = new CustomerRepository() {
            @Override
            public void upsert(CustomerMasterData customer) {
                master.put(customer.erpCustomerId(), customer);
            }

            @Override
            public Optional<CustomerMasterData> find(String erpCustomerId) {
                return Optional.ofNullable(master.get(erpCustomerId));
            }
        };
        LedgerEventRepository journal = new InMemoryJournal(events);
        DebtorLookup debtors = new DebtorLookup(customers, journal, CountryDefaults.bundled(ZoneId.of("UTC"), "en"), "DE");
        return new CallRecording(debtors, this::journal, ConsequencePolicy.bundledDefault(), id -> type,
                new ConfirmationWriter(ConfirmationTexts.bundledDefault()), account, CLOCK);
    }

    /** The journal's contract without a database: returns what it was given, stored. */
    private LoggedCall journal(NewContactEntry contact, Optional<PromiseToPay> promise, Optional<NewOutboxMessage> confirmation,
            List<NewDunningBlock> blocks) {
        journaled.add(new Object[] {contact, promise, confirmation, blocks});
        return new LoggedCall(ContactEntry.of(journaled.size(), NOW, contact, "0".repeat(64), "a".repeat(64)),
                promise.map(TrackedPromise::pending), confirmation.map(m -> 99L),
                confirmation.map(m -> List.of(m.recipient().address())).orElse(List.of()), List.of());
    }

    private void customer(String id, String country, String email) {
        master.put(id, new CustomerMasterData(id, "Kunde " + id, country, email));
        events.add(new LedgerEvent.ItemRecorded(Item.invoice(id + "/RE-1", id, "RE-1", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 2, 10), Money.of("1500.00", "EUR"))));
    }

    private static CallReport promise(String customer, String amount, LocalDate date) {
        return new CallReport(customer, "carla", NOW, ContactOutcome.PROMISE_TO_PAY, List.of(), Optional.of(Money.of(amount, "EUR")),
                Optional.of(date), Optional.empty(), Optional.empty(), Optional.of("CASH_FLOW_PROBLEMS"), Optional.of("Anna"), "pays Friday",
                Optional.of("rec://1"));
    }

    @Test
    void aPromiseIsJournaledWithItsEntryAndAConfirmationInTheDebtorsLanguage() {
        customer("K-1", "DE", "ap@k1.example");

        LoggedCall logged = recording(Optional.of(new CallRecording.PaymentAccount("Arrears GmbH", "DE89370400440532013000",
                Optional.empty()))).record(promise("K-1", "500.00", LocalDate.of(2026, 3, 14)));

        NewContactEntry entry = (NewContactEntry) journaled.get(0)[0];
        assertThat(entry.outcome()).isEqualTo(ContactOutcome.PROMISE_TO_PAY);
        assertThat(entry.notes()).startsWith("Spoke with: Anna").contains("pays Friday");
        assertThat(entry.recordingReference()).contains("rec://1");
        assertThat(entry.relatedReference()).contains("PTP-K-1-" + NOW.toEpochMilli());
        assertThat(logged.promise()).get().satisfies(p -> {
            assertThat(p.promise().amount()).isEqualTo(Money.of("500.00", "EUR"));
            assertThat(p.promise().takenBy()).isEqualTo("carla");
        });
        @SuppressWarnings("unchecked")
        NewOutboxMessage mail = ((Optional<NewOutboxMessage>) journaled.get(0)[2]).orElseThrow();
        assertThat(mail.key()).isEqualTo("call-confirmation:K-1:" + NOW.toEpochMilli());
        assertThat(mail.recipient().address()).isEqualTo("ap@k1.example");
        assertThat(mail.body()).contains("500,00").contains("DE89370400440532013000");
        assertThat(logged.notes()).isEmpty();
    }

    @Test
    void theConfirmationNamesTheConsequenceOfTheDebtorsBehaviourType() {
        customer("K-1", "DE", "ap@k1.example");
        CallRecording.PaymentAccount account = new CallRecording.PaymentAccount("Arrears GmbH", "DE89370400440532013000",
                Optional.empty());

        recording(Optional.of(account)).record(promise("K-1", "500.00", LocalDate.of(2026, 3, 14)));
        type = BehaviourType.COOPERATIVE;
        recording(Optional.of(account)).record(promise("K-1", "400.00", LocalDate.of(2026, 3, 14)));

        assertThat(mailBody(0)).contains("nächste Stufe unseres Mahnverfahrens").doesNotContain("rufen wir Sie erneut an");
        assertThat(mailBody(1)).contains("rufen wir Sie erneut an").doesNotContain("nächste Stufe");
    }

    @SuppressWarnings("unchecked")
    private String mailBody(int call) {
        return ((Optional<NewOutboxMessage>) journaled.get(call)[2]).orElseThrow().body();
    }

    @Test
    void everyFieldThatDoesNotFitTheOutcomeIsNamedAndNothingIsJournaled() {
        customer("K-1", "DE", "ap@k1.example");
        CallReport bad = new CallReport("K-1", "carla", NOW, ContactOutcome.PROMISE_TO_PAY, List.of(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2026, 3, 12)), Optional.empty(), Optional.of("LOST_DOG"),
                Optional.empty(), "", Optional.empty());

        assertThatThrownBy(() -> recording(Optional.empty()).record(bad)).isInstanceOf(InvalidCallException.class)
                .satisfies(e -> assertThat(((InvalidCallException) e).problems()).extracting(p -> p.substring(0, p.indexOf(':')))
                        .containsExactly("promise.amount", "promise.date", "callbackAt", "excuseCategory"));
        CallReport noAnswerWithPromise = new CallReport("K-1", "carla", NOW, ContactOutcome.NO_ANSWER, List.of(),
                Optional.of(Money.of("1.00", "EUR")), Optional.of(LocalDate.of(2026, 3, 14)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "", Optional.empty());
        assertThatThrownBy(() -> recording(Optional.empty()).record(noAnswerWithPromise)).isInstanceOf(InvalidCallException.class)
                .hasMessageStartingWith("promise:");
        assertThat(journaled).isEmpty();
    }

    @Test
    void aDisputeBlocksDunningOfTheItemsNamedOrTheWholeCustomerInTheSameJournalCall() {
        customer("K-1", "DE", "ap@k1.example");
        CallReport onItems = new CallReport("K-1", "carla", NOW, ContactOutcome.DISPUTE_RAISED, List.of("K-1/INV-1", "K-1/INV-2"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                "goods arrived damaged", Optional.empty());
        CallReport onCustomer = new CallReport("K-1", "carla", NOW.plusSeconds(60), ContactOutcome.DISPUTE_RAISED, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "",
                Optional.empty());

        LoggedCall logged = recording(Optional.empty()).record(onItems);
        recording(Optional.empty()).record(onCustomer);

        assertThat(blocks(0)).extracting(NewDunningBlock::itemId).containsExactly(Optional.of("K-1/INV-1"), Optional.of("K-1/INV-2"));
        assertThat(blocks(0)).allSatisfy(b -> {
            assertThat(b.reason()).isEqualTo(BlockReason.DISPUTE);
            assertThat(b.customerId()).isEqualTo("K-1");
            assertThat(b.createdBy()).isEqualTo("carla");
            assertThat(b.note()).contains("goods arrived damaged");
        });
        assertThat(logged.notes()).contains("dunning blocked for the dispute: K-1/INV-1, K-1/INV-2");
        assertThat(blocks(1)).singleElement().satisfies(b -> assertThat(b.itemId()).isEmpty());
        assertThat(blocks(1).get(0).reason()).isEqualTo(BlockReason.DISPUTE);
    }

    @Test
    void onlyADisputePlacesABlock() {
        customer("K-1", "DE", "ap@k1.example");

        recording(Optional.empty()).record(promise("K-1", "500.00", LocalDate.of(2026, 3, 14)));

        assertThat(blocks(0)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<NewDunningBlock> blocks(int call) {
        return (List<NewDunningBlock>) journaled.get(call)[3];
    }

    @Test
    void callsThatReachedNobodyAreLoggedWithoutConfirmationAndSaySo() {
        customer("K-1", "DE", "ap@k1.example");
        CallReport noAnswer = new CallReport("K-1", "carla", NOW, ContactOutcome.NO_ANSWER, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty());

        LoggedCall logged = recording(Optional.empty()).record(noAnswer);

        assertThat(logged.promise()).isEmpty();
        assertThat(logged.confirmationId()).isEmpty();
        assertThat(logged.notes()).containsExactly("no written confirmation: the call ended NO_ANSWER");
        assertThat(((NewContactEntry) journaled.get(0)[0]).outcome()).isEqualTo(ContactOutcome.NO_ANSWER);
    }

    @Test
    void withoutAnEmailAddressOrBankDetailsTheCallIsStillLoggedWithTheReason() {
        customer("K-2", "PL", null);

        LoggedCall logged = recording(Optional.empty()).record(promise("K-2", "100.00", LocalDate.of(2026, 3, 20)));

        assertThat(logged.promise()).isPresent();
        assertThat(logged.confirmationId()).isEmpty();
        assertThat(logged.notes()).containsExactly("the confirmation has no bank details: no creditor name and IBAN are configured",
                "no written confirmation: the customer's master data has no e-mail address");
    }

    @Test
    void anUnknownCustomerIsRefused() {
        assertThatThrownBy(() -> recording(Optional.empty()).record(promise("NOPE", "1.00", LocalDate.of(2026, 3, 20))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NOPE'");
    }
}
