package io.arrears.shell;

import io.arrears.api.dunning.DunningNoticeRepository;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes run ids with the latest runs, newest first. */
@Service
public class RunIdCompleter implements Completer {

    @Reference
    DunningNoticeRepository notices;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter runs = new StringsCompleter();
        notices.runs(50).forEach(r -> runs.getStrings().add(String.valueOf(r.runId())));
        return runs.complete(session, commandLine, candidates);
    }
}
