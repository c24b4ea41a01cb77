package io.arrears.core.profile;

/** The register of calls and letters for a behaviour type; always polite and professional (domain.md 3.1). */
public enum Tone {
    LIGHT_TOUCH, FRIENDLY_FIRM, OPEN_AND_PATIENT, PREPARED_AND_EXACT, EMPATHETIC, CALM_FACTUAL, HELPFUL_PRACTICAL,
    FIRM, NEUTRAL_POLITE
}
