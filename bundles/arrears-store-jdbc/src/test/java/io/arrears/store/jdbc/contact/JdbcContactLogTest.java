package io.arrears.store.jdbc.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.VerificationReport;
import io.arrears.api.contact.Violation;
import io.arrears.api.contact.ViolationKind;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.DefaultMethods;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;

class JdbcContactLogTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:15:30.123456Z"), ZoneOffset.UTC);
    static final byte[] KEY = "a fixed test key of 32 bytes ...".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Instant CALLED_AT = Instant.parse("2026-03-02T08:00:00Z");

    @DatabaseTest
    void appendedEntriesFormOneChainThatVerifies(TestDatabase db) {
        JdbcContactLog log = migrated(db);

        ContactEntry first = log.append(call("C-1", ContactOutcome.PROMISE_TO_PAY, "will pay 1 230,00 EUR by Friday"));
        ContactEntry second = log.append(new NewContactEntry("C-2", CALLED_AT.plusSeconds(60), "anna", ContactChannel.EMAIL,
                ContactDirection.IN, ContactOutcome.DISPUTE_RAISED, "", Optional.of("no copy of the invoice"),
                Optional.of("rec://2026/03/02/0001.ogg"), Optional.of("NOTICE-7")));
        ContactEntry third = log.append(call("C-1", ContactOutcome.CALLBACK_SCHEDULED, "Wednesday 10:00, ünïcødé ✓"));

        assertThat(List.of(first, second, third)).extracting(ContactEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(first.previousHash()).isEqualTo(ContactEntry.GENESIS_HASH);
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(third.previousHash()).isEqualTo(second.entryHash());
        assertThat(first.recordedAt()).isEqualTo(CLOCK.instant());
        assertThat(log.entries("C-1", 0, 10)).containsExactly(first, third);
        assertThat(log.entries("C-1", 1, 10)).containsExactly(third);
        assertThat(log.entries("C-1", 0, 1)).containsExactly(first);
        assertThat(log.entries("C-2", 0, 10)).containsExactly(second);
        assertThat(log.verify()).isEqualTo(VerificationReport.intact(3, 3));
    }

    @DatabaseTest
    void emptyLogVerifies(TestDatabase db) {
        assertThat(migrated(db).verify()).isEqualTo(VerificationReport.intact(0, 0));
    }

    @DatabaseTest
    void databaseRejectsUpdate(TestDatabase db) {
        JdbcContactLog log = migrated(db);
        log.append(call("C-1", ContactOutcome.NO_ANSWER, ""));

        assertThatThrownBy(() -> db.execute("UPDATE contact_log SET notes = 'he promised' WHERE seq = 1"))
                .hasMessageContaining("contact_log is append-only: UPDATE rejected");
        assertThat(log.verify().isIntact()).isTrue();
    }

    @DatabaseTest
    void databaseRejectsDelete(TestDatabase db) {
        JdbcContactLog log = migrated(db);
        log.append(call("C-1", ContactOutcome.NO_ANSWER, ""));

        assertThatThrownBy(() -> db.execute("DELETE FROM contact_log WHERE seq = 1"))
                .hasMessageContaining("contact_log is append-only: DELETE rejected");
        assertThat(db.queryLong("SELECT count(*) FROM contact_log")).isEqualTo(1);
    }

    @DatabaseTest
    void databaseRejectsTruncate(TestDatabase db) {
        JdbcContactLog log = migrated(db);
        log.append(call("C-1", ContactOutcome.NO_ANSWER, ""));

        assertThatThrownBy(() -> db.execute("TRUNCATE TABLE contact_log"))
                .hasMessageMatching("(?is).*\\btruncate\\b.*");
        assertThat(db.queryLong("SELECT count(*) FROM contact_log")).isEqualTo(1);
    }

    @DatabaseTest
    void databaseRejectsRewindingTheHead(TestDatabase db) {
        JdbcContactLog log = migrated(db);
        log.append(call("C-1", ContactOutcome.NO_ANSWER, ""));

        assertThatThrownBy(() -> db.execute("UPDATE contact_log_head SET head_seq = 0"))
                .hasMessageContaining("contact_log_head only advances by one entry: UPDATE rejected");
        assertThatThrownBy(() -> db.execute("DELETE FROM contact_log_head"))
                .hasMessageContaining("contact_log_head only advances by one entry: DELETE rejected");
    }

    @DatabaseTest
    void alteredFieldIsNamed(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);

        Dba.tamper(db, "UPDATE contact_log SET outcome = 'PROMISE_TO_PAY' WHERE seq = 2");

        assertViolation(log.verify(), 2, ViolationKind.ALTERED, 1);
    }

    @DatabaseTest
    void alteredFieldWithRecomputedHashBreaksTheLinkOfTheNextEntry(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);
        ContactLogRow second = Dba.rows(db).get(1);
        ContactLogRow forged = ContactLogRow.append(2, second.recordedAt(), call("C-1", ContactOutcome.PROMISE_TO_PAY, "paid"),
                second.previousHash());

        Dba.tamper(db, "DELETE FROM contact_log WHERE seq = 2");
        Dba.withoutTriggers(db, c -> Dba.insertRaw(c, forged));

        assertViolation(log.verify(), 3, ViolationKind.CHAIN_BROKEN, 2);
    }

    @DatabaseTest
    void deletedEntryIsNamed(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);

        Dba.tamper(db, "DELETE FROM contact_log WHERE seq = 2");

        assertViolation(log.verify(), 2, ViolationKind.MISSING, 1);
    }

    @DatabaseTest
    void swappedEntriesAreNamed(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);

        Dba.tamper(db, "UPDATE contact_log SET seq = 100 WHERE seq = 2", "UPDATE contact_log SET seq = 2 WHERE seq = 3",
                "UPDATE contact_log SET seq = 3 WHERE seq = 100");

        assertViolation(log.verify(), 2, ViolationKind.ALTERED, 1);
    }

    @DatabaseTest
    void removedLastEntryIsFoundAtTheHead(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);

        Dba.tamper(db, "DELETE FROM contact_log WHERE seq = 3");

        assertViolation(log.verify(), 3, ViolationKind.HEAD_MISMATCH, 2);
    }

    @DatabaseTest
    void forgedHeadIsFound(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);

        Dba.tamper(db, "UPDATE contact_log_head SET head_hash = '" + "ab".repeat(32) + "'");

        assertViolation(log.verify(), 3, ViolationKind.HEAD_MISMATCH, 3);
    }

    @DatabaseTest
    void concurrentAppendsKeepOneLinearChain(TestDatabase db) throws Exception {
        JdbcContactLog log = migrated(db);
        int threads = 4;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<ContactEntry>>> writers = IntStream.range(0, threads)
                    .<Callable<List<ContactEntry>>>mapToObj(t -> () -> IntStream.range(0, perThread)
                            .mapToObj(i -> log.append(call("C-" + t, ContactOutcome.NO_ANSWER, "attempt " + i)))
                            .toList())
                    .toList();
            List<ContactEntry> appended = new ArrayList<>();
            for (Future<List<ContactEntry>> writer : pool.invokeAll(writers, 60, TimeUnit.SECONDS)) {
                appended.addAll(writer.get());
            }

            assertThat(appended).extracting(ContactEntry::sequence)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
            assertThat(log.verify()).isEqualTo(VerificationReport.intact(threads * perThread, threads * perThread));
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void checkpointSignatureVerifiesAndSurvivesAFile(TestDatabase db, @TempDir Path folder) throws Exception {
        JdbcContactLog log = threeEntries(db);
        Path file = folder.resolve("contact-log.checkpoint");

        Checkpoint exported = log.exportCheckpoint(file);
        log.append(call("C-1", ContactOutcome.SENT, "confirmation e-mail"));

        assertThat(exported.headSequence()).isEqualTo(3);
        assertThat(exported.headHash()).isEqualTo(Dba.rows(db).get(2).entryHash());
        assertThat(exported.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(Checkpoint.parse(Files.readString(file))).isEqualTo(exported);
        assertThat(log.verify(Checkpoint.parse(Files.readString(file)))).isEqualTo(VerificationReport.intact(4, 4));
    }

    @DatabaseTest
    void checkpointOfAnEmptyLogVerifies(TestDatabase db) {
        JdbcContactLog log = migrated(db);

        Checkpoint empty = log.checkpoint();

        assertThat(empty.headSequence()).isZero();
        assertThat(log.verify(empty).isIntact()).isTrue();
    }

    @DatabaseTest
    void rewrittenLogPassesTheChainCheckButNotTheCheckpoint(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);
        Checkpoint before = log.checkpoint();

        Dba.rewrite(db, rows -> List.of(rows.get(0), withNotes(rows.get(1), "customer paid in cash"), rows.get(2)));

        assertThat(log.verify().isIntact()).isTrue();
        assertViolation(log.verify(before), 3, ViolationKind.CHECKPOINT_MISMATCH, 0);
    }

    @DatabaseTest
    void truncatedLogFailsTheCheckpoint(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);
        Checkpoint before = log.checkpoint();

        Dba.rewrite(db, rows -> rows.subList(0, 2));

        assertThat(log.verify().isIntact()).isTrue();
        assertViolation(log.verify(before), 3, ViolationKind.CHECKPOINT_MISSING, 0);
    }

    @DatabaseTest
    void checkpointWithAlteredFieldsOrAnotherKeyIsRefused(TestDatabase db) {
        JdbcContactLog log = threeEntries(db);
        Checkpoint genuine = log.checkpoint();
        Checkpoint movedBack = new Checkpoint(2, Dba.rows(db).get(1).entryHash(), genuine.createdAt(), genuine.signature());
        JdbcContactLog otherKey = new JdbcContactLog(db.dataSource(), CLOCK,
                Optional.of(new CheckpointSigner("another key, also 32 bytes long.".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));

        assertViolation(log.verify(movedBack), 2, ViolationKind.CHECKPOINT_SIGNATURE_INVALID, 0);
        assertViolation(otherKey.verify(genuine), 3, ViolationKind.CHECKPOINT_SIGNATURE_INVALID, 0);
    }

    @DatabaseTest
    void checkpointsNeedAKey(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcContactLog withoutKey = new JdbcContactLog(db.dataSource(), CLOCK, Optional.empty());

        assertThatThrownBy(withoutKey::checkpoint).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set checkpoint.key in etc/io.arrears.contactlog.cfg");
    }

    @DatabaseTest
    void badPagingIsRefusedWithTheValue(TestDatabase db) {
        JdbcContactLog log = migrated(db);

        assertThatThrownBy(() -> log.entries("C-1", 0, 0)).hasMessage("limit must be between 1 and 1000, was 0");
        assertThatThrownBy(() -> log.entries("C-1", -1, 10)).hasMessage("afterSequence must not be negative, was -1");
        assertThatThrownBy(() -> log.entries(" ", 0, 10)).hasMessage("customerId must not be blank, was ' '");
    }

    @DatabaseTest
    void latestEntriesInBulkEqualTheCustomerByCustomerReading(TestDatabase db) {
        JdbcContactLog log = migrated(db);
        // more customers than one IN list holds; a quarter with 1 to 3 entries, appended round by round so the
        // customers' sequences interleave, and the newest entry not the latest contact by date
        List<String> ids = new ArrayList<>(IntStream.range(0, 1100).mapToObj(i -> "C-" + i).toList());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ids.size(); i += 4) {
                if (round <= i % 3) {
                    log.append(new NewContactEntry(ids.get(i), CALLED_AT.minusSeconds(86_400L * (round * 7 - i % 5)), "kim",
                            ContactChannel.CALL, ContactDirection.OUT, ContactOutcome.NO_ANSWER, "round " + round,
                            Optional.empty(), Optional.empty(), Optional.empty()));
                }
            }
        }
        ids.add("C-unknown");
        ids.add("C-4"); // twice
        ContactLog perCustomer = DefaultMethods.of(ContactLog.class, log);

        Map<String, ContactEntry> bulk = log.latestEntries(ids);

        assertThat(bulk).hasSize(275).isEqualTo(perCustomer.latestEntries(ids));
        assertThat(bulk.get("C-8")).extracting(ContactEntry::notes).isEqualTo("round 2");
        assertThat(bulk.get("C-4")).extracting(ContactEntry::notes).isEqualTo("round 1");
        assertThat(bulk.get("C-0")).extracting(ContactEntry::notes).isEqualTo("round 0");
        assertThat(bulk).doesNotContainKeys("C-1", "C-unknown");
        assertThat(log.latestEntries(List.of())).isEmpty();
    }

    static JdbcContactLog migrated(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        return new JdbcContactLog(db.dataSource(), CLOCK, Optional.of(new CheckpointSigner(KEY)));
    }

    private static JdbcContactLog threeEntries(TestDatabase db) {
        JdbcContactLog log = migrated(db);
        log.append(call("C-1", ContactOutcome.NO_ANSWER, ""));
        log.append(call("C-1", ContactOutcome.NO_COMMITMENT, "cash-flow problems"));
        log.append(call("C-2", ContactOutcome.PARTIAL_PAYMENT_AGREED, "300 EUR today"));
        return log;
    }

    private static NewContactEntry call(String customerId, ContactOutcome outcome, String notes) {
        return NewContactEntry.of(customerId, CALLED_AT, "collector.kim", ContactChannel.CALL, ContactDirection.OUT, outcome, notes);
    }

    private static ContactLogRow withNotes(ContactLogRow r, String notes) {
        return new ContactLogRow(r.seq(), r.customerId(), r.occurredAt(), r.recordedAt(), r.collector(), r.channel(), r.direction(),
                r.outcome(), notes, r.excuseCategory(), r.recordingReference(), r.relatedReference(), r.previousHash(), r.entryHash());
    }

    private static void assertViolation(VerificationReport report, long sequence, ViolationKind kind, long entriesChecked) {
        assertThat(report.violation()).as(report.toString()).isPresent();
        Violation violation = report.violation().orElseThrow();
        assertThat(violation.sequence()).as(violation.toString()).isEqualTo(sequence);
        assertThat(violation.kind()).as(violation.toString()).isEqualTo(kind);
        assertThat(report.entriesChecked()).as(report.toString()).isEqualTo(entriesChecked);
    }
}
