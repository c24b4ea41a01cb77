/**
 * Records produced by the intake parsers (invoices from ERPs and e-invoicing networks, bank
 * transactions from statements) and the typed error they raise on bad input.
 */
@Export
@Version("1.2.0")
package io.arrears.api.intake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
