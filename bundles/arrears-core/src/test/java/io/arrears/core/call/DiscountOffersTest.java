package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.letter.OfferRenderer;
import io.arrears.api.letter.OfferRequest;
import io.arrears.api.letter.RenderedMessage;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.plan.DiscountOfferRepository;
import io.arrears.api.plan.DiscountOfferService.Judged;
import io.arrears.api.plan.DiscountOfferState;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;
import io.arrears.core.profile.Guardrails;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscountOffersTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final Debtors debtors = new Debtors().customer("K-1", "DE", "ap@k1.example").customer("K-2", "PL", null);
    private final List<NewOutboxMessage> sent = new ArrayList<>();
    private final List<StoredDiscountOffer> stored = new ArrayList<>();
    private final DiscountOfferRepository repository = new DiscountOfferRepository() {
        @Override
        public StoredDiscountOffer record(StoredDiscountOffer offer, NewOutboxMessage message) {
            stored.add(0, offer);
            sent.add(message);
            return offer;
        }

        @Override
        public List<StoredDiscountOffer> forCustomer(String erpCustomerId) {
            return stored.stream().filter(s -> s.offer().customerId().equals(erpCustomerId)).toList();
        }
    };
    /** Collectors may give up to 2 %. */
    private final Guardrails limits = new Guardrails(12, new BigDecimal("10"), new BigDecimal("2"), 14, false, false);
    private final DiscountOffers offers = new DiscountOffers(debtors.lookup(), repository, id -> limits,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static EarlyPaymentDiscount discount(String customer, String percent) {
        return new EarlyPaymentDiscount(customer, List.of(), Money.of("1500.00", "EUR"), new BigDecimal(percent), TODAY,
                TODAY.plusDays(10));
    }

    @Test
    void anOfferWithinTheLimitIsStoredAndMailedWithAmountAndLastDay() {
        Judged judged = offers.offer(discount("K-1", "2"), "carla", false);

        assertThat(judged.state()).isEqualTo(DiscountOfferState.OPEN);
        assertThat(judged.stored().id()).isEqualTo("DISC-K-1-" + NOW.toEpochMilli());
        assertThat(judged.stored().approvedBy()).isEmpty();
        NewOutboxMessage mail = sent.get(0);
        assertThat(mail.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(mail.key()).isEqualTo("discount-offer:" + judged.stored().id());
        assertThat(mail.recipient().address()).isEqualTo("ap@k1.example");
        assertThat(mail.body()).contains("1.470,00", "20. März 2026", "30,00", judged.stored().id());
    }

    @Test
    void beyondTheLimitOnlyAManagerOffersAndWithoutEmailItIsATask() {
        assertThatThrownBy(() -> offers.offer(discount("K-2", "5"), "carla", false)).isInstanceOf(ApprovalRequiredException.class);

        Judged approved = offers.offer(discount("K-2", "5"), "mia", true);

        assertThat(approved.stored().approvedBy()).contains("mia");
        assertThat(sent.get(0).channel()).isEqualTo(DeliveryChannel.TASK);
    }

    @Test
    void anOfferIsEarnedByPaymentInFullInTimeAndExpiresOtherwise() {
        offers.offer(discount("K-1", "2"), "carla", false);
        debtors.append(new LedgerEvent.PaymentRecorded(Payment.of("B-1", "K-1", TODAY.plusDays(5), Money.of("1470.00", "EUR"),
                List.of("RE-1"))));
        offers.offer(discount("K-2", "1"), "carla", false);

        assertThat(offers.offers("K-1", TODAY.plusDays(6))).extracting(Judged::state).containsExactly(DiscountOfferState.EARNED);
        assertThat(offers.offers("K-2", TODAY.plusDays(6))).extracting(Judged::state).containsExactly(DiscountOfferState.OPEN);
        assertThat(offers.offers("K-2", TODAY.plusDays(11))).extracting(Judged::state).containsExactly(DiscountOfferState.EXPIRED);
    }

    @Test
    void withTheLettersBundleTheOfferGoesOutInTheDebtorsLanguage() {
        debtors.customer("K-3", "PL", "ksiegowosc@k3.example");
        List<OfferRequest> rendered = new ArrayList<>();
        OfferRenderer renderer = request -> {
            rendered.add(request);
            return new RenderedMessage("Oferta rabatu: " + request.reference(), "Szanowni Państwo, …", "<p>Szanowni Państwo, …</p>");
        };
        DiscountOffers inLanguage = new DiscountOffers(debtors.lookup(), repository, id -> limits, Clock.fixed(NOW, ZoneOffset.UTC),
                Optional.of(new DiscountOfferMessages(renderer)));

        Judged judged = inLanguage.offer(discount("K-3", "2"), "carla", false);

        String id = judged.stored().id();
        assertThat(rendered).singleElement().satisfies(r -> {
            assertThat(r.languageTag()).isEqualTo("pl");
            assertThat(r.offerId()).isEqualTo(id);
            assertThat(r.reference()).isEqualTo(id);
            assertThat(r.offeredBy()).isEqualTo("carla");
            assertThat(r.discountedAmount()).isEqualTo(Money.of("1470.00", "EUR"));
            assertThat(r.discount()).isEqualTo(Money.of("30.00", "EUR"));
            assertThat(r.validUntil()).isEqualTo(TODAY.plusDays(10));
            assertThat(r.contactPerson()).isEmpty();
        });
        NewOutboxMessage mail = sent.get(0);
        assertThat(mail.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(mail.key()).isEqualTo("discount-offer:" + id);
        assertThat(mail.recipient().address()).isEqualTo("ksiegowosc@k3.example");
        assertThat(mail.subject()).contains("Oferta rabatu: " + id);
        assertThat(mail.body()).isEqualTo("Szanowni Państwo, …");
        assertThat(mail.htmlBody()).contains("<p>Szanowni Państwo, …</p>");
    }

    @Test
    void withTheLettersBundleButNoAddressTheCollectorsTaskCarriesTheTranslatedText() {
        OfferRenderer renderer = request -> new RenderedMessage("Oferta rabatu", "Szanowni Państwo, …", "<p>…</p>");
        DiscountOffers inLanguage = new DiscountOffers(debtors.lookup(), repository, id -> limits, Clock.fixed(NOW, ZoneOffset.UTC),
                Optional.of(new DiscountOfferMessages(renderer)));

        inLanguage.offer(discount("K-2", "1"), "carla", false);

        assertThat(sent.get(0).channel()).isEqualTo(DeliveryChannel.TASK);
        assertThat(sent.get(0).body()).isEqualTo("Szanowni Państwo, …");
    }
}
