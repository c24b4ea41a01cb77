package io.arrears.core.profiling;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseToPay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A demo contact history: contacts, promises and external credit scores, one a line, {@code |}-separated ({@code #}
 * starts a comment):
 * <pre>
 * contact|customer|occurredAt|channel|direction|outcome|excuseCategory|notes
 * promise|customer|promiseId|takenAt|promisedDate|amount|currency|state
 * credit|customer|score|source|asOf
 * </pre>
 * Every line is checked; a bad line is refused with its number and the reason, nothing is half-read.
 */
public record DemoHistory(List<NewContactEntry> contacts, List<DemoPromise> promises, List<DemoCreditScore> creditScores) {

    /** Who the demo contacts were made by. */
    public static final String COLLECTOR = "demo";

    /** A promise and the state it ended in. */
    public record DemoPromise(PromiseToPay promise, PromiseState state) {
    }

    /** An external credit score (0 worst .. 100 best) as a credit agency reported it. */
    public record DemoCreditScore(String customerId, int score, String source, LocalDate asOf) {
        public DemoCreditScore {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("credit score must be 0..100, got " + score);
            }
            if (source.isBlank()) {
                throw new IllegalArgumentException("credit score source is blank");
            }
        }
    }

    public DemoHistory {
        contacts = List.copyOf(contacts);
        promises = List.copyOf(promises);
        creditScores = List.copyOf(creditScores);
    }

    /** The customers the history is about, in order of appearance. */
    public Set<String> customers() {
        Set<String> ids = new LinkedHashSet<>();
        contacts.forEach(c -> ids.add(c.customerId()));
        promises.forEach(p -> ids.add(p.promise().customerId()));
        creditScores.forEach(c -> ids.add(c.customerId()));
        return ids;
    }

    public List<NewContactEntry> contactsOf(String customerId) {
        return contacts.stream().filter(c -> c.customerId().equals(customerId)).toList();
    }

    public List<DemoPromise> promisesOf(String customerId) {
        return promises.stream().filter(p -> p.promise().customerId().equals(customerId)).toList();
    }

    public List<DemoCreditScore> creditScoresOf(String customerId) {
        return creditScores.stream().filter(c -> c.customerId().equals(customerId)).toList();
    }

    public static DemoHistory parse(Reader source) throws IOException {
        List<NewContactEntry> contacts = new ArrayList<>();
        List<DemoPromise> promises = new ArrayList<>();
        List<DemoCreditScore> creditScores = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            try {
                switch (f[0]) {
                    case "contact" -> {
                        require(f, 8);
                        contacts.add(new NewContactEntry(f[1], Instant.parse(f[2]), COLLECTOR, ContactChannel.valueOf(f[3]),
                                ContactDirection.valueOf(f[4]), ContactOutcome.valueOf(f[5]),
                                f[7], f[6].isBlank() ? Optional.empty() : Optional.of(f[6]), Optional.empty(), Optional.empty()));
                    }
                    case "promise" -> {
                        require(f, 8);
                        promises.add(new DemoPromise(new PromiseToPay(f[2], f[1], List.of(), Money.of(f[5], f[6]),
                                LocalDate.parse(f[4]), Channel.PHONE, COLLECTOR, Instant.parse(f[3])), PromiseState.valueOf(f[7])));
                    }
                    case "credit" -> {
                        require(f, 5);
                        creditScores.add(new DemoCreditScore(f[1], Integer.parseInt(f[2]), f[3], LocalDate.parse(f[4])));
                    }
                    default -> throw new IllegalArgumentException("expected 'contact', 'promise' or 'credit', got '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("demo history line " + number + ": " + e.getMessage(), e);
            }
        }
        return new DemoHistory(contacts, promises, creditScores);
    }

    private static void require(String[] fields, int count) {
        if (fields.length != count) {
            throw new IllegalArgumentException(count + " fields expected, found " + fields.length);
        }
    }
}
