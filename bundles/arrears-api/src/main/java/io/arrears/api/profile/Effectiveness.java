package io.arrears.api.profile;

import io.arrears.api.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * Aggregated lessons learned for one combination of behaviour type, playbook, channel and offer.
 *
 * @param cases                     closed cases in the group
 * @param satisfiedRate             share of satisfied customers, 0..1
 * @param promiseKeptRate           promises kept / made, empty when no promise was made
 * @param averageDaysToPayAfterContact over the cases where it is known
 * @param amountRecovered           per currency
 */
public record Effectiveness(BehaviourType behaviourType, String playbook, String channel, String offer, int cases,
        double satisfiedRate, Optional<Double> promiseKeptRate, Optional<Double> averageDaysToPayAfterContact,
        List<Money> amountRecovered) {

    public Effectiveness {
        amountRecovered = List.copyOf(amountRecovered);
    }
}
