package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Suggests a {@link BehaviourType} from {@link BehaviourSignals} with the rule table of
 * {@link ClassifierConfig} (bundled default: classifier.json). Each type's score is the sum of the
 * weights of its rules that fire, divided by the sum of its positive weights, clamped to 0..1, so types
 * with more rules are not favoured. The best type wins only if there is enough evidence, it reaches
 * {@code minTopScore} and it leads the runner-up by {@code minMargin}; otherwise UNKNOWN.
 * <p>
 * Confidence = evidence factor x (half the winner's score + half its lead over the runner-up), where
 * the evidence factor is observations / fullConfidenceObservations, capped at 1. Stateless; ties between
 * equal scores go to the type declared first, so the result is deterministic.
 */
public final class BehaviourClassifier {

    private final ClassifierConfig config;
    private final SignalReader reader;

    public BehaviourClassifier(ClassifierConfig config, SignalReader reader) {
        this.config = Objects.requireNonNull(config, "config");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public BehaviourSuggestion classify(BehaviourSignals signals) {
        Objects.requireNonNull(signals, "signals");
        Map<Signal, Double> values = reader.readAll(signals);
        EnumMap<BehaviourType, Double> scores = new EnumMap<>(BehaviourType.class);
        EnumMap<BehaviourType, List<Evidence>> evidence = new EnumMap<>(BehaviourType.class);
        config.rules().forEach((type, rules) -> {
            List<Evidence> fired = fired(type, rules, values);
            double raw = fired.stream().mapToDouble(Evidence::contribution).sum();
            scores.put(type, Numbers.round(Math.max(0, Math.min(1, raw)), 4));
            evidence.put(type, fired);
        });

        List<BehaviourType> ranking = new ArrayList<>(scores.keySet());
        // EnumMap iterates in declaration order and the sort is stable: equal scores keep that order
        ranking.sort(Comparator.comparingDouble((BehaviourType t) -> scores.get(t)).reversed());
        BehaviourType best = ranking.get(0);
        double top = scores.get(best);
        BehaviourType runnerUp = ranking.get(1);
        double second = scores.get(runnerUp);
        List<Evidence> bestEvidence = evidence.get(best);

        int observations = signals.observations();
        if (observations < config.minObservations()) {
            return unknown(bestEvidence, scores, values, "thin evidence: " + observations
                    + " observations (paid invoices + contacts attempted + promises made), at least "
                    + config.minObservations() + " needed; best candidate " + best + " " + top);
        }
        if (top < config.minTopScore()) {
            return unknown(bestEvidence, scores, values, "no type matches well enough: best candidate " + best + " scores "
                    + top + ", below " + config.minTopScore());
        }
        double margin = Numbers.round(top - second, 4);
        if (margin < config.minMargin()) {
            return unknown(bestEvidence, scores, values, "no type clearly ahead: " + best + " " + top + " vs " + runnerUp
                    + " " + second + " (margin " + margin + " < " + config.minMargin() + ")");
        }
        double evidenceFactor = Math.min(1.0, (double) observations / config.fullConfidenceObservations());
        double confidence = Numbers.round(evidenceFactor * (0.5 * top + 0.5 * margin), 2);
        return new BehaviourSuggestion(best, confidence, bestEvidence, scores, values,
                best + " (score " + top + ", ahead of " + runnerUp + " " + second + ", confidence " + confidence + ")");
    }

    private List<Evidence> fired(BehaviourType type, List<ScoringRule> rules, Map<Signal, Double> values) {
        double max = config.maxScore(type);
        List<Evidence> fired = new ArrayList<>();
        for (ScoringRule rule : rules) {
            Double observed = values.get(rule.signal());
            if (observed != null && rule.firesOn(observed)) {
                fired.add(new Evidence(rule.signal(), observed, rule.describe(), rule.weight() / max, rule.why()));
            }
        }
        fired.sort(Comparator.comparingDouble(Evidence::contribution).reversed());
        return fired;
    }

    private static BehaviourSuggestion unknown(List<Evidence> bestEvidence, Map<BehaviourType, Double> scores,
                                               Map<Signal, Double> values, String reason) {
        return new BehaviourSuggestion(BehaviourType.UNKNOWN, 0.0, bestEvidence, scores, values, "UNKNOWN: " + reason);
    }
}
