package io.arrears.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerRecordsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static Customer customer(String language, String country) {
        return new Customer("C1", "ERP-1", "Acme", language, country, ZoneId.of("Europe/Istanbul"), Channel.EMAIL,
                List.of(Contact.of(ContactRole.ACCOUNTS_PAYABLE, "Ayşe", "ap@acme.example", null)), Optional.empty());
    }

    @Test
    void customerAcceptsLanguageTagsAndCountryCodes() {
        assertThat(customer("tr", "TR").locale()).isEqualTo(new Locale("tr", "TR"));
        assertThat(customer("de-AT", "DE").locale()).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(customer("he", "IL").contacts(ContactRole.ACCOUNTS_PAYABLE)).hasSize(1);
        assertThat(customer("he", "IL").contacts(ContactRole.ESCALATION)).isEmpty();
    }

    @Test
    void customerRefusesBadLanguageAndCountry() {
        assertThatThrownBy(() -> customer("turkish!", "TR")).hasMessageContaining("Customer.language")
                .hasMessageContaining("turkish!");
        assertThatThrownBy(() -> customer("tr", "tr")).hasMessageContaining("Customer.country");
        assertThatThrownBy(() -> customer("tr", "XX")).hasMessageContaining("'XX'");
    }

    @Test
    void contactChecksEmail() {
        assertThatThrownBy(() -> Contact.of(ContactRole.DECISION_MAKER, "Jan", "no-at-sign", null))
                .hasMessageContaining("Contact.email");
        assertThatThrownBy(() -> Contact.of(ContactRole.DECISION_MAKER, " ", null, null))
                .hasMessageContaining("Contact.name");
    }

    @Test
    void creditScoreNormalisesEitherDirection() {
        CreditScore higherIsBetter = new CreditScore("bureau", new BigDecimal("75"), BigDecimal.ZERO, new BigDecimal("100"), DAY);
        CreditScore lowerIsBetter = new CreditScore("index", new BigDecimal("200"), new BigDecimal("600"), new BigDecimal("100"), DAY);

        assertThat(higherIsBetter.normalised()).isEqualByComparingTo("0.75");
        assertThat(lowerIsBetter.normalised()).isEqualByComparingTo("0.8");
        assertThatThrownBy(() -> new CreditScore("x", new BigDecimal("700"), new BigDecimal("600"), new BigDecimal("100"), DAY))
                .hasMessageContaining("outside the scale");
    }

    @Test
    void itemRefusesInconsistentValues() {
        Money ten = Money.of("10", "EUR");
        assertThatThrownBy(() -> Item.invoice("I1", "C1", "1", DAY, DAY.minusDays(1), ten))
                .hasMessageContaining("dueDate").hasMessageContaining("I1");
        assertThatThrownBy(() -> Item.invoice("I1", "C1", "1", DAY, DAY, Money.of("0", "EUR")))
                .hasMessageContaining("Item.amount must be positive");
        assertThatThrownBy(() -> new Item("I1", "C1", ItemKind.INSTALMENT, "1/1", DAY, DAY, ten, Optional.empty(), Optional.empty()))
                .hasMessageContaining("parentDocumentNumber is required");
        assertThatThrownBy(() -> new Item("I1", "C1", ItemKind.INVOICE, "1", DAY, DAY, ten, Optional.of("0"), Optional.empty()))
                .hasMessageContaining("must be empty for an invoice");
    }

    @Test
    void itemIsReferencedByNumberPaymentReferenceOrItsInvoice() {
        Item instalment = new Item("I1", "C1", ItemKind.INSTALMENT, "INV-7/2", DAY, DAY, Money.of("10", "EUR"),
                Optional.of("INV-7"), Optional.of("RF18 5390 0754 7034"));

        assertThat(instalment.isReferencedBy("inv-7/2")).isTrue();
        assertThat(instalment.isReferencedBy("RF18539007547034")).isTrue();
        assertThat(instalment.isReferencedBy("INV-7")).isTrue();
        assertThat(instalment.isReferencedBy("INV7")).isFalse();
    }

    @Test
    void paymentAndReversal() {
        Payment p = Payment.of("K1", "C1", DAY, Money.of("5", "EUR"), List.of("INV-1"));
        Payment r = Payment.reversal("K2", p, DAY.plusDays(2));

        assertThat(r.isReversal()).isTrue();
        assertThat(r.amount()).isEqualTo(p.amount());
        assertThatThrownBy(() -> new Payment("K1", "C1", DAY, Money.of("5", "EUR"), List.of(), Optional.of("K1")))
                .hasMessageContaining("cannot reverse itself");
        assertThatThrownBy(() -> Payment.of("K1", "C1", DAY, Money.of("-5", "EUR"), List.of()))
                .hasMessageContaining("Payment.amount");
    }

    @Test
    void agingBucketsFollowTheReportingBands() {
        assertThat(AgingBucket.of(-10)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(0)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(1)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(61)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(180)).isEqualTo(AgingBucket.DAYS_91_180);
        assertThat(AgingBucket.of(181)).isEqualTo(AgingBucket.OVER_180);
    }

    @Test
    void openItemBucketMustMatchItsDays() {
        Item item = Item.invoice("I1", "C1", "1", DAY, DAY, Money.of("10", "EUR"));

        assertThatThrownBy(() -> new OpenItem(item, Money.of("10", "EUR"), List.of(), 45, AgingBucket.DAYS_1_30))
                .hasMessageContaining("does not match 45 days");
    }
}
