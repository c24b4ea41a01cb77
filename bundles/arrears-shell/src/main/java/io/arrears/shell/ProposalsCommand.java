package io.arrears.shell;

import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.RunSummary;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "proposals", description = "Lists the notices of a dunning run: customer, level, total, "
        + "channel, status (PROPOSED, APPLIED, CANCELLED, ...) and the reason.")
@Service
public class ProposalsCommand implements Action {

    @Argument(index = 0, name = "run", required = true, description = "Run id (see arrears:runs)")
    @Completion(RunIdCompleter.class)
    long runId;

    @Reference
    DunningNoticeRepository notices;

    @Override
    public Object execute() {
        RunSummary run = notices.run(runId).orElseThrow(() -> new IllegalArgumentException("no dunning run " + runId));
        System.out.print(ShellText.notices(run, notices.notices(runId)));
        return null;
    }
}
