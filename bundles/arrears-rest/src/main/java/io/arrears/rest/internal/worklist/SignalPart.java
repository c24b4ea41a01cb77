package io.arrears.rest.internal.worklist;

import java.time.LocalDate;

/** One source of worklist signals (contact log, promises, profiles) adding what it knows to a customer's signals. */
interface SignalPart {

    CustomerSignals add(String customerId, CustomerSignals signals, LocalDate asOf);
}
