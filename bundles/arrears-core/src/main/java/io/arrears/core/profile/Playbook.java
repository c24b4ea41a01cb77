package io.arrears.core.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to work a debtor of one behaviour type (domain.md 2): tone, channels in order of preference,
 * cadence, what to offer, escalation speed, negotiation guardrails, and for the collector a suggested
 * opening and talking points per language (ISO 639-1; English required as fallback).
 */
public record Playbook(
        Tone tone,
        List<Channel> channels,
        Cadence cadence,
        List<OfferKind> offers,
        EscalationSpeed escalation,
        Guardrails guardrails,
        Map<String, String> opening,
        Map<String, List<String>> talkingPoints) {

    public Playbook {
        Objects.requireNonNull(tone, "tone");
        channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        if (channels.isEmpty() || channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("channels must list at least one channel, each once, got " + channels);
        }
        Objects.requireNonNull(cadence, "cadence");
        offers = List.copyOf(Objects.requireNonNull(offers, "offers"));
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(guardrails, "guardrails");
        Languages.requireValidWithFallback("opening", opening);
        opening.forEach((language, text) -> {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("opening." + language + " is blank");
            }
        });
        opening = Map.copyOf(new TreeMap<>(opening));
        Languages.requireValidWithFallback("talkingPoints", talkingPoints);
        TreeMap<String, List<String>> points = new TreeMap<>();
        talkingPoints.forEach((language, list) -> {
            if (list == null || list.isEmpty() || list.stream().anyMatch(p -> p == null || p.isBlank())) {
                throw new IllegalArgumentException("talkingPoints." + language + " must be a list of non-blank points");
            }
            points.put(language, List.copyOf(list));
        });
        talkingPoints = Map.copyOf(points);
    }

    /** This playbook with other negotiation limits (e.g. those of the customer's segment). */
    public Playbook withGuardrails(Guardrails limits) {
        return new Playbook(tone, channels, cadence, offers, escalation, limits, opening, talkingPoints);
    }

    /** Opening and talking points in {@code language}, each falling back to English when not translated. */
    public PlaybookScript script(String language) {
        String wanted = Languages.normalise(language);
        String openingLanguage = opening.containsKey(wanted) ? wanted : Languages.FALLBACK;
        String pointsLanguage = talkingPoints.containsKey(wanted) ? wanted : Languages.FALLBACK;
        return new PlaybookScript(wanted, openingLanguage, opening.get(openingLanguage),
                pointsLanguage, talkingPoints.get(pointsLanguage));
    }
}
