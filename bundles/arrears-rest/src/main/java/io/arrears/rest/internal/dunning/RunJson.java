package io.arrears.rest.internal.dunning;

import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.dunning.NoticeDecision;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.dunning.SkippedCustomer;
import io.arrears.rest.internal.json.MoneyJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of dunning runs; separate from the api records so the wire format is ours to keep. */
final class RunJson {

    private RunJson() {
    }

    record Summary(long runId, LocalDate runDate, String status, String triggeredBy, Instant startedAt, Instant finishedAt,
            int proposed, int applied, int cancelled) {
        static Summary of(RunSummary s) {
            return new Summary(s.runId(), s.runDate(), s.status().name(), s.triggeredBy(), s.startedAt(),
                    s.finishedAt().orElse(null), s.proposed(), s.applied(), s.cancelled());
        }
    }

    record Line(String itemId, String documentNumber, LocalDate dueDate, MoneyJson residual, long daysOverdue) {
        static Line of(NoticeLine l) {
            return new Line(l.itemId(), l.documentNumber(), l.dueDate(), MoneyJson.of(l.residual()), l.daysOverdue());
        }
    }

    /** Interest (with rate and period) or a fee on a notice; {@code claimId} is the claim it becomes when sent. */
    record Charge(String kind, String claimId, String itemId, String documentNumber, MoneyJson amount, BigDecimal ratePercent,
            LocalDate from, LocalDate to) {
        static Charge of(NoticeCharge c) {
            return new Charge(c.kind().name(), c.claimId(), c.itemId(), c.documentNumber(), MoneyJson.of(c.amount()),
                    c.ratePercent().orElse(null), c.from().orElse(null), c.to().orElse(null));
        }
    }

    /** {@code chargeNotes}: why interest or a fee was left off (e.g. no rate for a period), never silently. */
    record Notice(long noticeId, String customerId, int level, String levelName, String state, String channel,
            MoneyJson total, MoneyJson fee, Instant notBefore, String reason, List<Line> items, List<Charge> charges,
            List<String> chargeNotes) {
        static Notice of(CustomerProposal p) {
            return new Notice(p.noticeId(), p.customerId(), p.level(), p.levelName(), p.state().name(), p.channel().name(),
                    MoneyJson.of(p.total()), MoneyJson.of(p.fee()), p.notBefore(), p.reason(),
                    p.items().stream().map(Line::of).toList(), p.charges().stream().map(Charge::of).toList(), p.chargeNotes());
        }
    }

    record Skipped(String customerId, String reason) {
        static Skipped of(SkippedCustomer s) {
            return new Skipped(s.customerId(), s.reason());
        }
    }

    record Proposal(long runId, LocalDate runDate, List<Notice> notices, List<Skipped> skipped) {
        static Proposal of(RunProposal p) {
            return new Proposal(p.runId(), p.runDate(), p.proposals().stream().map(Notice::of).toList(),
                    p.skipped().stream().map(Skipped::of).toList());
        }
    }

    record Decision(long noticeId, String customerId, int level, String outcome, Instant at, String reason) {
        static Decision of(NoticeDecision d) {
            return new Decision(d.noticeId(), d.customerId(), d.level(), d.outcome().name(), d.at(), d.reason());
        }
    }

    record Execution(long runId, List<Decision> decisions) {
        static Execution of(RunExecution e) {
            return new Execution(e.runId(), e.decisions().stream().map(Decision::of).toList());
        }
    }
}
