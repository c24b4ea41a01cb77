package io.arrears.rest.internal.dashboard;

import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.escalation.InsurerJson;
import io.arrears.rest.internal.ledger.AgingJson;
import io.arrears.rest.internal.outbox.OutboxMessageJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The manager's dashboard. A section whose source is not installed is {@code null} (the tab then
 * leaves it out) rather than zero, which would look like a real figure. {@code insurerDeadlines} are the credit-insurer
 * alarms (missed, approaching, not acknowledged), earliest deadline first.
 */
public record DashboardJson(LocalDate asOf, int periodDays, AgingJson aging, List<MetricsJson> metrics,
        PromiseKeptRate promises, List<RecoveryJson> recovery, List<InsurerJson.AlarmJson> insurerDeadlines,
        DeadLettersJson deadLetters) {

    /** DSO and CEI of one currency; a ratio is null when its denominator is zero. */
    public record MetricsJson(String currency, LocalDate from, LocalDate to, MoneyJson openingReceivables,
            MoneyJson creditSales, MoneyJson collected, MoneyJson closingReceivables, MoneyJson closingCurrent,
            BigDecimal dso, BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent, BigDecimal cei) {

        static MetricsJson of(ReceivableMetrics.CurrencyMetrics m) {
            return new MetricsJson(m.currency().getCurrencyCode(), m.from(), m.to(), MoneyJson.of(m.openingReceivables()),
                    MoneyJson.of(m.creditSales()), MoneyJson.of(m.collected()), MoneyJson.of(m.closingReceivables()),
                    MoneyJson.of(m.closingCurrent()), m.dso().orElse(null), m.bestPossibleDso().orElse(null),
                    m.averageDaysDelinquent().orElse(null), m.cei().orElse(null));
        }
    }

    /** Outbox messages waiting for an operator: counts and the oldest few. */
    public record DeadLettersJson(int failed, int unknown, List<OutboxMessageJson> oldest) {
    }
}
