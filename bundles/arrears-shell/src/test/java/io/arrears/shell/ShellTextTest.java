package io.arrears.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.contact.VerificationReport;
import io.arrears.api.contact.Violation;
import io.arrears.api.contact.ViolationKind;
import io.arrears.api.dunning.NoticeDecision;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunStatus;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.dunning.SkippedCustomer;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.OutboxMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T05:00:00Z");

    @Test
    void runDateDefaultsToTodayAndParsesIsoDates() {
        assertThat(ShellText.runDate(null, TODAY)).isEqualTo(TODAY);
        assertThat(ShellText.runDate(" 2026-02-27 ", TODAY)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void badRunDateNamesTheOptionAndValue() {
        assertThatThrownBy(() -> ShellText.runDate("02.03.2026", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--date").hasMessageContaining("'02.03.2026'");
    }

    @Test
    void limitMustBeInRange() {
        assertThat(ShellText.limit(20)).isEqualTo(20);
        assertThatThrownBy(() -> ShellText.limit(0)).hasMessageContaining("--limit").hasMessageContaining("0");
        assertThatThrownBy(() -> ShellText.limit(1001)).hasMessageContaining("1001");
    }

    @Test
    void operatorNamesTheShellUser() {
        assertThat(ShellText.operator("anna")).isEqualTo("shell:anna");
        assertThat(ShellText.operator(null)).isEqualTo("shell");
    }

    @Test
    void proposalListsSkippedCustomers() {
        RunProposal proposal = new RunProposal(7, TODAY, List.of(), List.of(new SkippedCustomer("C-9", "no master data")));

        assertThat(ShellText.proposal(proposal))
                .startsWith("Run 7 for 2026-03-02: 0 notices proposed, 1 customers skipped")
                .containsPattern("\\nC-9 +no master data\\n");
    }

    @Test
    void executionShowsWhatWasNotSent() {
        RunExecution execution = new RunExecution(7, List.of(
                new NoticeDecision(1, "C-1", 1, NoticeDecision.Outcome.SENT_TO_OUTBOX, AT, "sent", 11),
                new NoticeDecision(2, "C-2", 2, NoticeDecision.Outcome.CANCELLED, AT, "paid in the meantime", 0)));

        String text = ShellText.execution(execution);

        assertThat(text).startsWith("Run 7 executed: 1 sent to the outbox, 1 cancelled, 0 deferred, 0 already done")
                .contains("paid in the meantime").doesNotContain("C-1");
    }

    @Test
    void runsAreOneLineEach() {
        RunSummary run = new RunSummary(3, TODAY, RunStatus.COMPLETED, "schedule", AT, Optional.of(AT.plusSeconds(60)), 4,
                3, 1);

        String text = ShellText.runs(List.of(run));

        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().toList().get(1)).contains("2026-03-02", "COMPLETED", "schedule", "2026-03-02T05:01:00Z");
        assertThat(ShellText.runs(List.of())).isEqualTo("No dunning runs yet.\n");
    }

    @Test
    void verificationSaysIntactOrTheFirstViolation() {
        assertThat(ShellText.verification(VerificationReport.intact(12, 12))).startsWith("Contact log intact: 12 entries");
        Violation violation = new Violation(5, ViolationKind.values()[0], "hash differs");
        assertThat(ShellText.verification(VerificationReport.broken(4, 12, violation)))
                .startsWith("Contact log BROKEN").contains("at entry 5: hash differs");
    }

    @Test
    void outboxListsDeadLettersAndUnknowns() {
        OutboxMessage dead = new OutboxMessage(41, NewOutboxMessage.sms("C-1/L1/x/run-1", "+4930123456", "Bitte zahlen"),
                DeliveryState.FAILED, 6, AT, Optional.of("gateway said 400"), Optional.of(FailureKind.values()[0]), AT, AT);

        String text = ShellText.outbox(List.of(dead), List.of());

        assertThat(text).contains("Dead letters").contains("41", "C-1/L1/x/run-1", "+4930123456", "gateway said 400")
                .contains("Unknown (UNKNOWN; may have been sent, an operator decides): none");
    }

    @Test
    void completionFiltersOnWhatIsTypedBeforeTheCursor() {
        assertThat(ShellText.typedSoFar("K-10", 2)).isEqualTo("K-");
        assertThat(ShellText.typedSoFar("K-10", 9)).isEqualTo("K-10");
        assertThat(ShellText.typedSoFar(null, 0)).isEmpty();
    }

    @Test
    void eachFormatNamesItsIntakeConfiguration() {
        assertThat(ShellText.intakePid("csv")).isEqualTo("arrears.erpintake.csv");
        assertThat(ShellText.intakePid("ksef")).isEqualTo("arrears.erpintake.ksef");
        assertThat(ShellText.intakePid("camt")).isEqualTo("arrears.bank.camt");
        assertThat(ShellText.intakePid("mt940")).isEqualTo("arrears.bank.mt940");
    }

    @Test
    void importSummaryListsEveryProblem() {
        var result = new io.arrears.api.intake.ImportResult(2, 0, 1, 0, 0, 0, 0,
                List.of(new io.arrears.api.intake.ImportProblem("INV-9", "unknown currency XXX")));

        assertThat(ShellText.imported(java.nio.file.Path.of("/in/a.csv"), "csv", result))
                .startsWith("Imported /in/a.csv as csv: 2 created, 0 updated, 1 unchanged")
                .contains("INV-9", "unknown currency XXX");
    }

    @Test
    void configurationCheckSaysOkOrListsTheFindings() {
        assertThat(ShellText.configurationCheck(List.of("io.arrears.routes"), List.of()))
                .isEqualTo("Configuration OK: 1 Arrears PIDs checked, no unknown keys.\n");
        var finding = new io.arrears.api.config.ConfigurationFinding("io.arrears.routes",
                io.arrears.api.config.ConfigurationFinding.Kind.UNKNOWN_KEY, "contxt.name", "key 'contxt.name' is not a setting");
        assertThat(ShellText.configurationCheck(List.of("io.arrears.routes"), List.of(finding)))
                .startsWith("1 configuration problem(s) in 1 Arrears PIDs:")
                .contains("io.arrears.routes", "UNKNOWN_KEY", "contxt.name");
    }
}
