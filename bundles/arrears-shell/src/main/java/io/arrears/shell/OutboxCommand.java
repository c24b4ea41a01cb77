package io.arrears.shell;

import io.arrears.api.outbox.Outbox;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "outbox", description = "Lists outbox messages that need an operator: dead letters "
        + "(FAILED) and messages whose delivery is unknown (UNKNOWN).")
@Service
public class OutboxCommand implements Action {

    @Reference
    Outbox outbox;

    @Override
    public Object execute() {
        System.out.print(ShellText.outbox(outbox.deadLetters(), outbox.unknowns()));
        return null;
    }
}
