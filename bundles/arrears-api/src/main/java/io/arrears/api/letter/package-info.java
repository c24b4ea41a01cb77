/** Dunning letters: what a notice says (request) and what the renderer produces (subject, text, HTML, PDF, UBL Reminder); plan agreements and discount offers in the debtor's language. */
@Export
@Version("1.2.0")
package io.arrears.api.letter;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
