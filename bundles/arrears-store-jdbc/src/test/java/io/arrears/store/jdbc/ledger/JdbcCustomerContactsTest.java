package io.arrears.store.jdbc.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Contact;
import io.arrears.api.ledger.ContactRole;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Contact persons by role next to the ERP's billing e-mail. */
class JdbcCustomerContactsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    private static JdbcCustomerRepository customers(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        return new JdbcCustomerRepository(db.dataSource(), CLOCK);
    }

    @DatabaseTest
    void theBillingEmailIsTheAccountsPayableContactUntilContactsAreMaintained(TestDatabase db) {
        JdbcCustomerRepository customers = customers(db);
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"));

        assertThat(customers.contacts("C-1")).containsExactly(Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Alpha GmbH",
                "ap@alpha.example", null));
        assertThat(customers.contacts("C-unknown")).isEmpty();
    }

    @DatabaseTest
    void contactsByRoleAreReplacedAndAnImportUpdatesOnlyTheBillingEmail(TestDatabase db) {
        JdbcCustomerRepository customers = customers(db);
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"));

        customers.replaceContacts("C-1", List.of(Contact.of(ContactRole.DECISION_MAKER, "Jan Nowak", "jan@alpha.example", "+48221234567"),
                Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Ewa Kowal", "ewa@alpha.example", null),
                Contact.of(ContactRole.ESCALATION, "Legal", null, "+48220000000")));
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "invoices@alpha.example"));

        assertThat(customers.contacts("C-1")).containsExactly(
                Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Ewa Kowal", "invoices@alpha.example", null),
                Contact.of(ContactRole.DECISION_MAKER, "Jan Nowak", "jan@alpha.example", "+48221234567"),
                Contact.of(ContactRole.ESCALATION, "Legal", null, "+48220000000"));
        assertThat(customers.find("C-1").orElseThrow().email()).isEqualTo("invoices@alpha.example");
    }

    @DatabaseTest
    void aRoleTwiceOrAnUnknownCustomerIsRefused(TestDatabase db) {
        JdbcCustomerRepository customers = customers(db);
        customers.upsert(new CustomerMasterData("C-1", "Alpha GmbH", "DE", null));

        assertThatThrownBy(() -> customers.replaceContacts("C-1", List.of(Contact.of(ContactRole.DECISION_MAKER, "A", "a@x.example", null),
                Contact.of(ContactRole.DECISION_MAKER, "B", "b@x.example", null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DECISION_MAKER is given twice");
        assertThatThrownBy(() -> customers.replaceContacts("C-9", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no customer with ERP id 'C-9'");
    }
}
