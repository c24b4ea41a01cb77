package io.arrears.core.profiling;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.ledger.Ledger;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo data the assembled distribution ships (invoices CSV, the behaviour-type camt statement, the demo history),
 * read the simple way for tests: what a customer's ledger, contacts and promises look like once imported.
 */
final class DemoData {

    static final Path ASSEMBLY = Path.of("../../assembly/src/main/resources/assembly");
    private static final Pattern ENTRY = Pattern.compile("<Ntry>.*?<Amt Ccy=\"(\\w{3})\">([\\d.]+)</Amt>.*?<ValDt><Dt>([\\d-]+)</Dt>"
            + ".*?<Ustrd>([^<]+)</Ustrd>.*?</Ntry>", Pattern.DOTALL);

    private final List<LedgerEvent> events = new ArrayList<>();
    private final DemoHistory history;

    DemoData() {
        try {
            List<String> rows = Files.readAllLines(ASSEMBLY.resolve("data/inbox/invoices-csv/demo-invoices.csv"));
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split(",", -1);
                if (!f[1].equals("INVOICE")) {
                    continue;
                }
                events.add(new LedgerEvent.ItemRecorded(Item.invoice(f[2] + "/" + f[0], f[2], f[0], LocalDate.parse(f[6]),
                        LocalDate.parse(f[7]), Money.of(f[8], f[9]))));
            }
            String statement = Files.readString(ASSEMBLY.resolve("demo/demo-statement-types.xml"));
            Matcher m = ENTRY.matcher(statement);
            int n = 0;
            while (m.find()) {
                String invoice = m.group(4).strip();
                String customer = events.stream().map(e -> ((LedgerEvent.ItemRecorded) e).item())
                        .filter(i -> i.documentNumber().equals(invoice)).findFirst().orElseThrow().customerId();
                events.add(new LedgerEvent.PaymentRecorded(Payment.of("demo-" + (++n), customer, LocalDate.parse(m.group(3)),
                        Money.of(m.group(2), m.group(1)), List.of(invoice))));
            }
            try (Reader in = Files.newBufferedReader(ASSEMBLY.resolve("demo/demo-history.txt"), StandardCharsets.UTF_8)) {
                history = DemoHistory.parse(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DemoHistory history() {
        return history;
    }

    List<LedgerEvent> events(String customerId) {
        return events.stream().filter(e -> e.customerId().equals(customerId)).toList();
    }

    List<ItemBalance> balances(String customerId) {
        return Ledger.replay(events(customerId)).balances(customerId);
    }

    List<ContactEntry> contacts(String customerId) {
        List<ContactEntry> entries = new ArrayList<>();
        long sequence = 0;
        for (NewContactEntry c : history.contactsOf(customerId)) {
            entries.add(ContactEntry.of(++sequence, c.occurredAt(), c, ContactEntry.GENESIS_HASH, ContactEntry.GENESIS_HASH));
        }
        return entries;
    }

    Optional<List<TrackedPromise>> promises(String customerId) {
        List<TrackedPromise> stored = history.promisesOf(customerId).stream()
                .map(p -> new TrackedPromise(p.promise(), p.state())).toList();
        return stored.isEmpty() ? Optional.empty() : Optional.of(stored);
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
