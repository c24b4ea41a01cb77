package io.arrears.shell;

import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.RunProposal;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "run", description = "Runs dunning now: proposes the notices, prints them and executes "
        + "them (sends to the outbox) unless --propose-only.")
@Service
public class RunCommand implements Action {

    @Option(name = "--date", description = "Run date, yyyy-MM-dd (default: today in this server's time zone)")
    String date;

    @Option(name = "--propose-only", description = "Only propose; execute later (REST or a manager's review)")
    boolean proposeOnly;

    @Reference
    DunningRunService runs;

    @Override
    public Object execute() {
        RunProposal proposal = runs.propose(ShellText.runDate(date, LocalDate.now()));
        System.out.print(ShellText.proposal(proposal));
        if (proposeOnly) {
            System.out.println("Proposed only: nothing sent.");
        } else {
            System.out.print(ShellText.execution(runs.execute(proposal.runId())));
        }
        return null;
    }
}
