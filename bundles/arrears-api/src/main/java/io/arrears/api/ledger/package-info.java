/**
 * The receivables ledger as other bundles see it: customers and their contacts, receivable items
 * (invoices, credit notes, instalments, fees, interest), payments and reversals, allocations,
 * waivers, the events the ledger is rebuilt from, and read views (per-customer facts, aging,
 * payment trend). Plain immutable records; validation in their constructors.
 */
@Export
@Version("1.2.0")
package io.arrears.api.ledger;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
