/** Money: amounts as BigDecimal at the currency's ISO 4217 scale. */
@Export
@Version("1.0.0")
package io.arrears.api.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
