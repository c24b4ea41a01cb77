/**
 * Collection agency handoff: placements requested by collectors, approved by a manager who sees the customer's
 * relationship value next to the debt, delivered to the agency, fed back (status, collected payments, commission)
 * and recalled. Items of an approved placement carry an AGENCY_PLACEMENT dunning block until the recall is acknowledged.
 */
@Export
@Version("1.0.0")
package io.arrears.api.agency;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
