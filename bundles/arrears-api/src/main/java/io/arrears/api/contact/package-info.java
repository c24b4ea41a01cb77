/**
 * The contact log (domain rule 3.6, "if it is not written, it does not exist"): every call, letter,
 * e-mail, SMS, visit and note with a customer, append-only and tamper-evident. Entries form one
 * global hash chain; {@link io.arrears.api.contact.ContactLog#verify()} walks it and names the first
 * entry that was altered, removed or moved, and signed {@link io.arrears.api.contact.Checkpoint}s
 * kept outside the database reveal a log truncated or rewritten after they were taken.
 */
@Export
@Version("1.1.0")
package io.arrears.api.contact;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
