package io.arrears.core.dunning;

/** How a notice is worded; polite at every level, firmer as levels rise (domain.md 3.1). */
public enum Tone {
    FRIENDLY,
    NEUTRAL,
    FIRM,
    FINAL
}
