package io.arrears.bench;

import java.util.SplittableRandom;

/**
 * How a generated customer pays, after the behaviour types the profile service tells apart (see
 * {@code io.arrears.api.profile.BehaviourType}): which share of its invoices it pays, how many days after the due date,
 * and which part of the amount. The weights give the portfolio's mix (they add up to 100).
 *
 * @param weight   share of the customers in percent
 * @param pays     share of the due invoices paid at all, in percent
 * @param minDelay earliest payment, days after the due date (negative: before it)
 * @param maxDelay latest payment, days after the due date
 * @param minPart  smallest part of the amount paid, in percent
 * @param maxPart  largest part of the amount paid, in percent
 */
record PaymentBehaviour(String type, int weight, int pays, int minDelay, int maxDelay, int minPart, int maxPart) {

    static final PaymentBehaviour[] MIX = {
        new PaymentBehaviour("COOPERATIVE", 25, 98, -5, 10, 100, 100),
        new PaymentBehaviour("EASYGOING", 12, 90, 10, 45, 100, 100),
        new PaymentBehaviour("CHRONIC_LATE", 15, 85, 30, 90, 100, 100),
        new PaymentBehaviour("STRUGGLING", 13, 80, 10, 60, 30, 60),
        new PaymentBehaviour("PESSIMIST", 8, 30, 60, 150, 100, 100),
        new PaymentBehaviour("DOMINANT", 7, 95, 0, 20, 95, 98),
        new PaymentBehaviour("EMOTIONAL", 7, 50, 20, 80, 50, 100),
        new PaymentBehaviour("DISORGANISED", 8, 60, -10, 120, 100, 100),
        new PaymentBehaviour("UNKNOWN", 5, 0, 0, 0, 0, 0),
    };

    /** The behaviour of customer number {@code customer}: spread over the mix by weight, the same for every run. */
    static PaymentBehaviour of(int customer) {
        int slot = Math.floorMod(customer * 37, 100);
        for (PaymentBehaviour behaviour : MIX) {
            slot -= behaviour.weight();
            if (slot < 0) {
                return behaviour;
            }
        }
        throw new IllegalStateException("the weights of the mix must add up to 100");
    }

    int delay(SplittableRandom random) {
        return random.nextInt(minDelay, maxDelay + 1);
    }

    int partPercent(SplittableRandom random) {
        return random.nextInt(minPart, maxPart + 1);
    }
}
