package io.arrears.core.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.core.profile.BehaviourSignals;
import io.arrears.core.profile.DriftConfig;
import io.arrears.core.profile.DriftDetector;
import io.arrears.core.profile.DriftReport;
import io.arrears.core.profile.OpenBalanceThresholds;
import io.arrears.core.profile.SignalAssembler;
import io.arrears.core.profile.SignalReader;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The demo data shows behaviour drift on one customer: DEMO-COOP-01 paid within two days of every call, then gave an
 * excuse, missed a call and paid INV-2601-05 20 days late. Windows as {@link ProfileServiceImpl} draws them.
 */
class DemoDriftTest {

    private static final DemoData DEMO = new DemoData();
    private static final SignalAssembler ASSEMBLER = new SignalAssembler(OpenBalanceThresholds.bundledDefault());
    private static final DriftDetector DRIFT = new DriftDetector(DriftConfig.bundledDefault(),
            new SignalReader(OpenBalanceThresholds.bundledDefault()));

    @Test
    void theCooperativeDemoCustomerDriftsFromItsOwnHistory() {
        DriftReport drift = drift("DEMO-COOP-01", BehaviourTypeFromHistoryTest.AS_OF);

        assertThat(drift.drifting()).isTrue();
        assertThat(drift.reasons()).extracting(DriftReport.Reason::measure)
                .contains("AVG_DAYS_LATE", "EXCUSES_PER_CONTACT", "RESPONSE_RATE");
    }

    @Test
    void theOtherBehaviourTypeDemoCustomersDoNotDrift() {
        for (String customer : DEMO.history().customers()) {
            if (!customer.equals("DEMO-COOP-01")) {
                assertThat(drift(customer, BehaviourTypeFromHistoryTest.AS_OF).drifting()).as(customer).isFalse();
            }
        }
    }

    private static DriftReport drift(String customer, LocalDate asOf) {
        LocalDate recentFrom = asOf.minusDays(ProfileServiceImpl.RECENT_DAYS);
        BehaviourSignals earlier = ASSEMBLER.assemble(DEMO.balances(customer), DEMO.contacts(customer),
                DEMO.promises(customer), asOf, OptionalInt.empty(), null, recentFrom);
        BehaviourSignals recent = ASSEMBLER.assemble(DEMO.balances(customer), DEMO.contacts(customer),
                DEMO.promises(customer), asOf, OptionalInt.empty(), recentFrom, null);
        return DRIFT.detect(earlier, recent);
    }
}
