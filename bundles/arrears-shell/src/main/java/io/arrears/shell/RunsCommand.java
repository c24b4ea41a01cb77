package io.arrears.shell;

import io.arrears.api.dunning.DunningRunService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "runs", description = "Lists the latest dunning runs, newest first, with their notices "
        + "counted by status.")
@Service
public class RunsCommand implements Action {

    @Option(name = "--limit", description = "How many runs (1 to 1000, default 20)")
    int limit = 20;

    @Reference
    DunningRunService runs;

    @Override
    public Object execute() {
        System.out.print(ShellText.runs(runs.runs(ShellText.limit(limit))));
        return null;
    }
}
