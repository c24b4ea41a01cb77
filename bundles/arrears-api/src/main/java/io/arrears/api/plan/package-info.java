/** Payment plans: instalment schedules, their state, dunning pause and early-payment discounts (domain.md 3.4). */
@Export
@Version("1.2.0")
package io.arrears.api.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
