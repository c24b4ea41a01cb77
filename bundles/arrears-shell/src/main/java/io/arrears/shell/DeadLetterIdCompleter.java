package io.arrears.shell;

import io.arrears.api.outbox.Outbox;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the ids of dead letters (FAILED outbox messages), the ones {@code arrears:retry} takes. */
@Service
public class DeadLetterIdCompleter implements Completer {

    @Reference
    Outbox outbox;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        outbox.deadLetters().forEach(m -> ids.getStrings().add(String.valueOf(m.id())));
        return ids.complete(session, commandLine, candidates);
    }
}
