package io.arrears.rest.internal.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.intake.UnmatchedPayment;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmatchedPaymentsResourceTest {

    private final FakeIntake intake = new FakeIntake();
    private final UnmatchedPaymentsResource resource = new UnmatchedPaymentsResource(intake);
    private final SecurityContext manager = TestUser.of("mia", "manager");

    private static UnmatchedPayment waiting(long id) {
        BankTransaction tx = new BankTransaction("DE02120300000000202051", LocalDate.of(2025, 3, 3), null,
                Money.of("99.90", "EUR"), CreditDebit.CREDIT, false, BookingStatus.BOOKED, null, "BR-" + id, "Acme",
                null, "invoice 17 and 18", "key-" + id, 0);
        return new UnmatchedPayment(id, "bank.camt053", tx, "no customer matched", Instant.parse("2025-03-04T08:00:00Z"));
    }

    @Test
    void listsTheQueuePagedWithStatementDetails() {
        intake.queue.addAll(List.of(waiting(1), waiting(2), waiting(3)));

        var page = resource.unmatched("0", "2");

        assertThat(page.items()).extracting(UnmatchedPaymentJson::id).containsExactly(1L, 2L);
        assertThat(page.total()).isEqualTo(3);
        UnmatchedPaymentJson first = page.items().get(0);
        assertThat(first.amount()).isEqualTo(new MoneyJson("99.90", "EUR"));
        assertThat(first.valueDate()).isNull();
        assertThat(first.remittanceText()).isEqualTo("invoice 17 and 18");
        assertThat(intake.limitAsked).isEqualTo(UnmatchedPaymentsResource.QUEUE_READ_LIMIT);
    }

    @Test
    void resolvePassesCustomerItemsAndTheCallerAsResolver() {
        var response = resource.resolve("7", new ResolveRequestJson("C1", List.of("erp|INV-17")), manager);

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(intake.resolved).containsExactly("7|C1|[erp|INV-17]|mia");
    }

    @Test
    void missingItemIdsMeanOldestFirst() {
        resource.resolve("7", new ResolveRequestJson("C1", null), manager);

        assertThat(intake.resolved).containsExactly("7|C1|[]|mia");
    }

    @Test
    void badRequestsAreRefusedBeforeTheService() {
        assertThatThrownBy(() -> resource.resolve("7", null, manager))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON body");
        assertThatThrownBy(() -> resource.resolve("7", new ResolveRequestJson(" ", List.of()), manager))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customerId");
        assertThatThrownBy(() -> resource.resolve("7", new ResolveRequestJson("C1", List.of("")), manager))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itemIds[0]");
        assertThatThrownBy(() -> resource.resolve("seven", new ResolveRequestJson("C1", List.of()), manager))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThat(intake.resolved).isEmpty();
    }

    private static final class FakeIntake implements IntakeService {
        final List<UnmatchedPayment> queue = new ArrayList<>();
        final List<String> resolved = new ArrayList<>();
        int limitAsked;

        @Override
        public ImportResult importInvoices(String source, List<InvoiceRecord> records) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importPayments(String source, List<BankTransaction> transactions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<UnmatchedPayment> unmatchedPayments(int limit) {
            limitAsked = limit;
            return List.copyOf(queue.subList(0, Math.min(limit, queue.size())));
        }

        @Override
        public void resolveUnmatched(long id, String customerId, List<String> itemIds, String resolvedBy) {
            resolved.add(id + "|" + customerId + "|" + itemIds + "|" + resolvedBy);
        }
    }
}
