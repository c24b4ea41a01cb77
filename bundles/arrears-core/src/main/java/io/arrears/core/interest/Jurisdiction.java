package io.arrears.core.interest;

/** Legal systems whose statutory B2B late-payment rules Arrears knows. EU is the Directive 2011/7/EU default. */
public enum Jurisdiction {
    EU, DE, PL, UK, TR, IL
}
