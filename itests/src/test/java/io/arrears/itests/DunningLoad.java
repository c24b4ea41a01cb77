package io.arrears.itests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * The load of the crash and failover tests: N customers in Germany, each with one overdue invoice of
 * 100.00 EUR and an e-mail address, as an ERP's invoice CSV; and a one-level dunning policy that sends an
 * e-mail on any day at any hour, so the outcome does not depend on when the test runs.
 */
final class DunningLoad {

    private DunningLoad() {
    }

    static String customerId(int i) {
        return String.format("C%05d", i);
    }

    /** Writes the CSV under a temporary name and renames it into the inbox, as an ERP should. */
    static void dropInvoices(Path inbox, int customers, LocalDate today) throws IOException {
        Files.createDirectories(inbox);
        Path partial = inbox.resolve(".load.csv.part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("document_number,customer_id,customer_name,country,email,issue_date,due_date,amount,currency\n");
            for (int i = 1; i <= customers; i++) {
                String id = customerId(i);
                out.write("INV-" + id + "," + id + ",Debtor " + id + " GmbH,DE," + id.toLowerCase() + "@debtor.example,"
                        + today.minusDays(40) + "," + today.minusDays(10) + ",100.00,EUR\n");
            }
        }
        Files.move(partial, inbox.resolve("load.csv"), StandardCopyOption.ATOMIC_MOVE);
    }

    static Path writePolicy(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path policy = folder.resolve("itest-dunning-policy.json");
        Files.writeString(policy, """
                {
                  "levels": [
                    {
                      "number": 1,
                      "name": "overdue-reminder",
                      "daysFromDue": 1,
                      "minimumAmount": { "EUR": "1.00" },
                      "graceDays": 0,
                      "channels": ["EMAIL"],
                      "tone": "FIRM",
                      "fee": { "EUR": "0.00" },
                      "chargeInterest": false
                    }
                  ],
                  "frequencyCap": { "minimumDaysBetweenContacts": 0 },
                  "quietHours": { "start": "00:00", "end": "00:01" },
                  "contactDays": {
                    "skipPublicHolidays": false,
                    "skipWeekends": false,
                    "weekendDays": ["SATURDAY", "SUNDAY"],
                    "weekendDaysByCountry": {}
                  },
                  "run": { "time": "07:00", "zone": "UTC" }
                }
                """);
        return policy;
    }
}
