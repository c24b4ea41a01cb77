package io.arrears.shell;

import io.arrears.api.contact.VerificationReport;
import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.NoticeDecision;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.dunning.SkippedCustomer;
import io.arrears.api.outbox.OutboxMessage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What the arrears commands print, and the parsing of their arguments: plain Java, testable without Karaf. */
final class ShellText {

    private ShellText() {
    }

    /** The {@code --date} option: empty means {@code today}. */
    static LocalDate runDate(String option, LocalDate today) {
        if (option == null || option.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(option.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be yyyy-MM-dd (e.g. 2026-03-02), was '" + option + "'", e);
        }
    }

    /** Who acts, for the outbox's record: the logged-in shell user. */
    static String operator(String shellUser) {
        return shellUser == null || shellUser.isBlank() ? "shell" : "shell:" + shellUser;
    }

    static int limit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("--limit must be 1 to 1000, was " + limit);
        }
        return limit;
    }

    static String proposal(RunProposal proposal) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Run %d for %s: %d notices proposed, %d customers skipped%n", proposal.runId(),
                proposal.runDate(), proposal.proposals().size(), proposal.skipped().size()));
        TextTable notices = TextTable.of("NOTICE", "CUSTOMER", "LEVEL", "TOTAL", "FEE", "CHANNEL", "STATE", "REASON");
        for (CustomerProposal p : proposal.proposals()) {
            notices.row(p.noticeId(), p.customerId(), p.level() + " " + p.levelName(), p.total(), p.fee(), p.channel(),
                    p.state(), p.reason());
        }
        if (!notices.isEmpty()) {
            text.append(notices.render());
        }
        if (!proposal.skipped().isEmpty()) {
            TextTable skipped = TextTable.of("SKIPPED", "REASON");
            for (SkippedCustomer s : proposal.skipped()) {
                skipped.row(s.customerId(), s.reason());
            }
            text.append(skipped.render());
        }
        return text.toString();
    }

    static String execution(RunExecution execution) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Run %d executed: %d sent to the outbox, %d cancelled, %d deferred, %d already done%n",
                execution.runId(), execution.sentToOutbox(), execution.cancelled().size(), execution.deferred().size(),
                execution.alreadyDone()));
        TextTable notDone = TextTable.of("NOTICE", "CUSTOMER", "LEVEL", "OUTCOME", "AT", "REASON");
        for (NoticeDecision d : execution.decisions()) {
            if (d.outcome() == NoticeDecision.Outcome.CANCELLED || d.outcome() == NoticeDecision.Outcome.DEFERRED) {
                notDone.row(d.noticeId(), d.customerId(), d.level(), d.outcome(), d.at(), d.reason());
            }
        }
        if (!notDone.isEmpty()) {
            text.append(notDone.render());
        }
        return text.toString();
    }

    static String runs(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            return "No dunning runs yet.\n";
        }
        TextTable table = TextTable.of("RUN", "DATE", "STATUS", "BY", "STARTED", "FINISHED", "PROPOSED", "APPLIED",
                "CANCELLED");
        for (RunSummary r : runs) {
            table.row(r.runId(), r.runDate(), r.status(), r.triggeredBy(), r.startedAt(),
                    r.finishedAt().map(Object::toString).orElse("-"), r.proposed(), r.applied(), r.cancelled());
        }
        return table.render();
    }

    static String verification(VerificationReport report) {
        return report.violation()
                .map(v -> String.format("Contact log BROKEN after %d entries checked (head %d): %s%n",
                        report.entriesChecked(), report.headSequence(), v))
                .orElseGet(() -> String.format("Contact log intact: %d entries checked, head %d%n",
                        report.entriesChecked(), report.headSequence()));
    }

    static String outbox(List<OutboxMessage> deadLetters, List<OutboxMessage> unknowns) {
        return section("Dead letters (FAILED; arrears:retry <id> sends again)", deadLetters)
                + section("Unknown (UNKNOWN; may have been sent, an operator decides)", unknowns);
    }

    private static String section(String title, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return title + ": none\n";
        }
        TextTable table = TextTable.of("ID", "KEY", "CHANNEL", "RECIPIENT", "ATTEMPTS", "UPDATED", "LAST ERROR");
        for (OutboxMessage m : messages) {
            table.row(m.id(), m.key(), m.channel(), m.recipient().address(), m.attempts(), m.updatedAt(),
                    m.lastError().orElse("-"));
        }
        return title + ":\n" + table.render();
    }
}
