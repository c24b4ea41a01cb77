package io.arrears.store.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.store.DuplicateKeyException;
import io.arrears.api.store.StoreException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

class LedgerTablesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    @DatabaseTest
    void ledgerRowsAreStoredAndReadBackUnchanged(TestDatabase db) {
        JdbcTransactions tx = migrated(db);

        List<Object> written = tx.inTransaction(jdbc -> {
            CustomerTable customers = new CustomerTable(jdbc);
            ItemTable items = new ItemTable(jdbc);
            PaymentTable payments = new PaymentTable(jdbc);
            AllocationTable facts = new AllocationTable(jdbc);
            CustomerRow customer = customers.insert(new CustomerRow(null, "C-1", "Acme Sp. z o.o.", "PL", "pl", "Europe/Warsaw", "PLN", NOW, NOW));
            customers.replaceContacts(customer.id(), List.of(
                    new ContactRow(null, customer.id(), "BILLING", "Anna", "anna@acme.example", "+48 22 000 00 00", "pl", NOW)));
            ItemRow invoice = items.insert(new ItemRow(null, customer.id(), "INVOICE", "FV/1/2026", null, MARCH_1, MARCH_1.plusDays(14), new BigDecimal("1230.00"), "PLN", NOW));
            ItemRow instalment = items.insert(new ItemRow(null, customer.id(), "INSTALMENT", "FV/1/2026-1", invoice.id(), MARCH_1, MARCH_1.plusDays(30), new BigDecimal("615.00"), "PLN", NOW));
            ItemRow credit = items.insert(new ItemRow(null, customer.id(), "CREDIT_NOTE", "KOR/1/2026", null, MARCH_1, MARCH_1, new BigDecimal("30.00"), "PLN", NOW));
            PaymentRow payment = payments.insertUnlessExists(new PaymentRow(null, "BANK-1", customer.id(), MARCH_1, new BigDecimal("600.00"), "PLN", "FV/1/2026", NOW)).row();
            AllocationRow fromPayment = facts.insert(new AllocationRow(null, invoice.id(), payment.id(), null, new BigDecimal("600.00"), "PLN", MARCH_1, NOW));
            AllocationRow fromCredit = facts.insert(new AllocationRow(null, invoice.id(), null, credit.id(), new BigDecimal("30.00"), "PLN", MARCH_1, NOW));
            ReversalRow reversal = facts.insert(new ReversalRow(null, null, fromPayment.id(), "allocated to the wrong invoice", MARCH_1.plusDays(1), NOW));
            WaiverRow waiver = facts.insert(new WaiverRow(null, instalment.id(), new BigDecimal("0.99"), "PLN", "small balance", "collector.anna", MARCH_1.plusDays(2), NOW));
            return List.of(customer, invoice, instalment, credit, payment, fromPayment, fromCredit, reversal, waiver);
        });

        List<Object> read = tx.inTransaction(jdbc -> {
            CustomerRow customer = new CustomerTable(jdbc).findByErpId("C-1").orElseThrow();
            AllocationTable facts = new AllocationTable(jdbc);
            List<Object> rows = new java.util.ArrayList<>();
            rows.add(customer);
            rows.addAll(new ItemTable(jdbc).ofCustomer(customer.id()).stream()
                    .sorted(java.util.Comparator.comparing(ItemRow::id)).toList());
            rows.addAll(new PaymentTable(jdbc).ofCustomer(customer.id()));
            rows.addAll(facts.allocationsOf(customer.id()));
            rows.addAll(facts.reversalsOf(customer.id()));
            rows.addAll(facts.waiversOf(customer.id()));
            return rows;
        });

        assertThat(read).usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactlyElementsOf(written);
        long customerId = ((CustomerRow) written.get(0)).id();
        List<ContactRow> contacts = tx.inTransaction(jdbc -> new CustomerTable(jdbc).contactsOf(customerId));
        assertThat(contacts).extracting(ContactRow::role, ContactRow::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BILLING", "anna@acme.example"));
    }

    @DatabaseTest
    void secondPaymentWithTheSameExternalKeyReturnsTheFirst(TestDatabase db) {
        JdbcTransactions tx = migrated(db);
        PaymentRow first = new PaymentRow(null, "BANK-42", null, MARCH_1, new BigDecimal("100.00"), "EUR", "ref", NOW);
        InsertOutcome<PaymentRow> created = tx.inTransaction(jdbc -> new PaymentTable(jdbc).insertUnlessExists(first));

        InsertOutcome<PaymentRow> again = tx.inTransaction(jdbc -> {
            PaymentTable payments = new PaymentTable(jdbc);
            InsertOutcome<PaymentRow> outcome = payments.insertUnlessExists(
                    new PaymentRow(null, "BANK-42", null, MARCH_1.plusDays(1), new BigDecimal("999.00"), "EUR", "other", NOW));
            // the transaction is still usable after the swallowed violation (PostgreSQL would abort it without the savepoint)
            payments.insertUnlessExists(new PaymentRow(null, "BANK-43", null, MARCH_1, new BigDecimal("5.00"), "EUR", null, NOW));
            return outcome;
        });

        assertThat(created.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.row().id()).isEqualTo(created.row().id());
        assertThat(again.row().amount()).isEqualByComparingTo("100.00");
        assertThat(db.queryLong("SELECT count(*) FROM payments")).isEqualTo(2);
    }

    @DatabaseTest
    void concurrentImportsOfOnePaymentStoreItOnce(TestDatabase db) throws Exception {
        JdbcTransactions tx = migrated(db);
        PaymentRow payment = new PaymentRow(null, "BANK-77", null, MARCH_1, new BigDecimal("50.00"), "EUR", null, NOW);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            // the second import starts while the first one's transaction is still open; whichever
            // order the database resolves them in, one row is stored and both see it
            var secondImport = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<InsertOutcome<PaymentRow>>>();
            InsertOutcome<PaymentRow> first = tx.inTransaction(jdbc -> {
                InsertOutcome<PaymentRow> outcome = new PaymentTable(jdbc).insertUnlessExists(payment);
                secondImport.set(other.submit(() -> tx.inTransaction(j -> new PaymentTable(j).insertUnlessExists(payment))));
                return outcome;
            });
            InsertOutcome<PaymentRow> second = secondImport.get().get(20, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(first.created()).isTrue();
            assertThat(second.created()).isFalse();
            assertThat(second.row().id()).isEqualTo(first.row().id());
            assertThat(db.queryLong("SELECT count(*) FROM payments")).isEqualTo(1);
        } finally {
            other.shutdownNow();
        }
    }

    @DatabaseTest
    void duplicateDocumentOfTheSameKindIsADuplicateKey(TestDatabase db) {
        JdbcTransactions tx = migrated(db);
        long customerId = tx.inTransaction(jdbc -> new CustomerTable(jdbc).insert(new CustomerRow(null, "C-2", "Beta", null, null, null, null, NOW, NOW)).id());
        ItemRow invoice = new ItemRow(null, customerId, "INVOICE", "INV-7", null, MARCH_1, MARCH_1, new BigDecimal("10.00"), "EUR", NOW);
        tx.inTransaction(jdbc -> new ItemTable(jdbc).insert(invoice));

        assertThatThrownBy(() -> tx.inTransaction(jdbc -> new ItemTable(jdbc).insert(invoice)))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.constraint()).isEqualTo("uk_items_document"))
                .hasMessageContaining("inserting INVOICE 'INV-7' of customer #" + customerId);
    }

    @DatabaseTest
    void failedTransactionLeavesNothingBehind(TestDatabase db) {
        JdbcTransactions tx = migrated(db);

        assertThatThrownBy(() -> tx.inTransaction(jdbc -> {
            long id = new CustomerTable(jdbc).insert(new CustomerRow(null, "C-3", "Gamma", null, null, null, null, NOW, NOW)).id();
            return new ItemTable(jdbc).insert(new ItemRow(null, id, "NOT_A_KIND", "X", null, MARCH_1, MARCH_1, BigDecimal.ONE, "EUR", NOW));
        })).isInstanceOf(StoreException.class).isNotInstanceOf(DuplicateKeyException.class);

        assertThat(db.queryLong("SELECT count(*) FROM customers")).isZero();
    }

    private static JdbcTransactions migrated(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        return new JdbcTransactions(db.dataSource());
    }
}
