package io.arrears.rest.internal.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.rest.internal.worklist.CustomerSignals.PromiseSignal;
import io.arrears.rest.internal.worklist.WorklistRanking.Factor;
import io.arrears.rest.internal.worklist.WorklistRanking.WorklistEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WorklistRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    private static WorklistEntry rank(String amount, CustomerSignals signals) {
        return WorklistRanking.rank(Accounts.overdue("C", amount, "EUR", 20, TODAY), signals, TODAY).orElseThrow();
    }

    private static CustomerSignals contacted(int daysAgo) {
        return CustomerSignals.NONE.withLastContact(Optional.of(TODAY.minusDays(daysAgo)));
    }

    @Test
    void nothingOverdueIsNotOnTheWorklist() {
        assertThat(WorklistRanking.rank(Accounts.overdue("C", "0.00", "EUR", 0, TODAY), CustomerSignals.NONE, TODAY)).isEmpty();
    }

    @Test
    void priorityIsTheProductOfTheFourFactorsEachWithItsReason() {
        CustomerSignals signals = contacted(14).withProfile(OptionalInt.of(80), Optional.of("CHRONIC_LATE"),
                Optional.of("firm"), OptionalInt.of(7));

        WorklistEntry entry = rank("9999.00", signals);

        assertThat(entry.factors()).extracting(Factor::code).containsExactly("amount", "risk", "no-promise", "contact-due");
        assertThat(entry.factors()).extracting(Factor::weight).containsExactly(5.0, 1.3, 1.0, 2.0);
        assertThat(entry.priority()).isEqualTo(13.0);
        assertThat(entry.factors().get(3).params()).containsEntry("days", "14").containsEntry("cadence", "7");
        assertThat(entry.next().code()).isEqualTo("CALL");
    }

    @Test
    void riskyLargerAndLongUncontactedCustomersComeFirst() {
        WorklistEntry small = rank("100.00", contacted(30));
        WorklistEntry large = rank("10000.00", contacted(30));
        WorklistEntry risky = rank("100.00", contacted(30).withProfile(OptionalInt.of(100), Optional.empty(), Optional.empty(),
                OptionalInt.empty()));
        WorklistEntry recentlyCalled = rank("10000.00", contacted(2));

        assertThat(large.priority()).isGreaterThan(small.priority());
        assertThat(risky.priority()).isGreaterThan(small.priority());
        assertThat(recentlyCalled.priority()).isLessThan(small.priority());
        assertThat(recentlyCalled.next().code()).isEqualTo("WAIT_FOR_CADENCE");
        assertThat(recentlyCalled.next().from()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void aPendingPromiseWaitsItsDueDayIsCheckedAndABrokenOneIsChasedFirst() {
        CustomerSignals base = contacted(30);
        PromiseSignal pending = new PromiseSignal(new BigDecimal("500.00"), "EUR", TODAY.plusDays(3), "PENDING");
        PromiseSignal dueToday = new PromiseSignal(new BigDecimal("500.00"), "EUR", TODAY, "PENDING");
        PromiseSignal broken = new PromiseSignal(new BigDecimal("500.00"), "EUR", TODAY.minusDays(2), "BROKEN");

        WorklistEntry waiting = rank("1000.00", base.withPromise(Optional.of(pending)));
        WorklistEntry checking = rank("1000.00", base.withPromise(Optional.of(dueToday)));
        WorklistEntry chasing = rank("1000.00", base.withPromise(Optional.of(broken)));
        WorklistEntry none = rank("1000.00", base);

        assertThat(waiting.next().code()).isEqualTo("WAIT_FOR_PROMISE");
        assertThat(waiting.next().from()).isEqualTo(TODAY.plusDays(4));
        assertThat(checking.next().code()).isEqualTo("CHECK_PROMISED_PAYMENT");
        assertThat(chasing.next().code()).isEqualTo("FOLLOW_UP_BROKEN_PROMISE");
        assertThat(waiting.priority()).isLessThan(none.priority());
        assertThat(none.priority()).isLessThan(checking.priority());
        assertThat(checking.priority()).isLessThan(chasing.priority());
    }

    @Test
    void withoutAProfileTheRiskIsNeutralAndSaysSo() {
        WorklistEntry entry = rank("100.00", CustomerSignals.NONE);

        assertThat(entry.factors().get(1).code()).isEqualTo("risk-unknown");
        assertThat(entry.factors().get(1).weight()).isEqualTo(1.0);
        assertThat(entry.factors().get(3).code()).isEqualTo("never-contacted");
    }
}
