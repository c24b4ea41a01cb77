/**
 * Credit insurance: policies per insurer with buyers' credit limits, the maximum extension period and the notification
 * deadline (days after the original due date); overdue notifications sent in time and acknowledged; alarms for missed
 * deadlines; exposure against the credit limit per buyer.
 */
@Export
@Version("1.0.0")
package io.arrears.api.insurer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
