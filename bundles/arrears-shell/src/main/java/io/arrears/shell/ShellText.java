package io.arrears.shell;

import io.arrears.api.config.ConfigurationFinding;
import io.arrears.api.contact.VerificationReport;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeHistory;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.intake.ImportProblem;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.ledger.CurrencyPosition;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.ItemPosition;
import java.nio.file.Path;
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
        return date("--date", option, today);
    }

    /** A date option: empty means {@code today}. */
    static LocalDate date(String name, String option, LocalDate today) {
        if (option == null || option.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(option.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be yyyy-MM-dd (e.g. 2026-03-02), was '" + option + "'", e);
        }
    }

    /** The part of the argument under the cursor that is typed before it (what completion filters on). */
    static String typedSoFar(String cursorArgument, int position) {
        if (cursorArgument == null) {
            return "";
        }
        return cursorArgument.substring(0, Math.max(0, Math.min(position, cursorArgument.length())));
    }

    /** The configuration PID of the folder route of an intake format. */
    static String intakePid(String format) {
        return switch (format) {
            case "camt", "mt940" -> "arrears.bank." + format;
            default -> "arrears.erpintake." + format;
        };
    }

    static String imported(Path file, String format, ImportResult r) {
        StringBuilder text = new StringBuilder(String.format("Imported %s as %s: %d created, %d updated, %d unchanged, "
                        + "%d cancelled, %d payments matched, %d unmatched (queued), %d ignored, %d problems%n", file, format,
                r.created(), r.updated(), r.unchanged(), r.cancelled(), r.matchedPayments(), r.unmatchedPayments(), r.ignored(),
                r.problems().size()));
        if (!r.problems().isEmpty()) {
            TextTable problems = TextTable.of("RECORD", "PROBLEM");
            for (ImportProblem p : r.problems()) {
                problems.row(p.record(), p.reason());
            }
            text.append(problems.render());
        }
        return text.toString();
    }

    static String notices(RunSummary run, List<StoredNotice> notices) {
        StringBuilder text = new StringBuilder(String.format("Run %d for %s (%s): %d notices%n", run.runId(), run.runDate(),
                run.status(), notices.size()));
        if (notices.isEmpty()) {
            return text.toString();
        }
        TextTable table = TextTable.of("NOTICE", "CUSTOMER", "LEVEL", "TOTAL", "FEE", "CHANNEL", "STATUS", "REASON");
        for (StoredNotice n : notices) {
            NewNotice p = n.proposal();
            table.row(n.id(), p.customerId(), p.level() + " " + p.levelName(), p.total(), p.fee(), p.channel(), n.status(),
                    n.outcomeReason().orElse(p.reason()));
        }
        return text.append(table.render()).toString();
    }

    static String customerCase(CustomerAccount account, List<ItemPosition> items, NoticeHistory history,
            List<DunningBlock> blocks) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Customer %s%s%s, as of %s: %d open claims, oldest due %s, max %d days past due%n",
                account.erpCustomerId(), account.name().map(n -> " " + n).orElse(""),
                account.country().map(c -> " (" + c + ")").orElse(""), account.asOf(), account.openClaims(),
                account.oldestOpenDueDate().map(Object::toString).orElse("-"), account.maxDaysPastDue()));
        if (!account.positions().isEmpty()) {
            TextTable positions = TextTable.of("CURRENCY", "BALANCE", "OVERDUE", "CREDIT");
            for (CurrencyPosition p : account.positions()) {
                positions.row(p.currency(), p.outstanding(), p.overdue(), p.credit());
            }
            text.append(positions.render());
        }
        TextTable table = TextTable.of("ITEM", "DOCUMENT", "KIND", "DUE", "AMOUNT", "RESIDUAL", "STATUS", "DAYS PAST DUE",
                "LAST NOTICE");
        for (ItemPosition i : items) {
            NoticeMark mark = history.lastNoticeByItem().get(i.balance().item().id());
            table.row(i.balance().item().id(), i.balance().item().documentNumber(), i.balance().item().kind(),
                    i.balance().item().dueDate(), i.balance().item().amount(), i.balance().outstanding(), i.balance().status(),
                    i.daysPastDue().isPresent() ? String.valueOf(i.daysPastDue().getAsLong()) : "-",
                    mark == null ? "-" : "level " + mark.level() + " on " + mark.sentOn());
        }
        text.append(items.isEmpty() ? "No items.\n" : table.render());
        text.append("Last contact: ").append(history.lastContact().map(Object::toString).orElse("never")).append('\n');
        if (blocks.isEmpty()) {
            text.append("Dunning blocks: none\n");
        } else {
            TextTable blockTable = TextTable.of("BLOCK", "ITEM", "REASON", "BY", "SINCE");
            for (DunningBlock b : blocks) {
                blockTable.row(b.id(), b.itemId().orElse("(whole customer)"), b.describe(), b.createdBy(), b.createdAt());
            }
            text.append("Dunning blocks:\n").append(blockTable.render());
        }
        return text.toString();
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

    static String configurationCheck(List<String> pids, List<ConfigurationFinding> findings) {
        if (findings.isEmpty()) {
            return "Configuration OK: " + pids.size() + " Arrears PIDs checked, no unknown keys.\n";
        }
        TextTable table = TextTable.of("PID", "PROBLEM", "KEY", "DETAIL");
        for (ConfigurationFinding f : findings) {
            table.row(f.pid(), f.kind(), f.key().isEmpty() ? "-" : f.key(), f.detail());
        }
        return findings.size() + " configuration problem(s) in " + pids.size() + " Arrears PIDs:\n" + table.render();
    }
}
