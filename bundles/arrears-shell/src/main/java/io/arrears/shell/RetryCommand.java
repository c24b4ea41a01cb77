package io.arrears.shell;

import io.arrears.api.outbox.Outbox;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.ShellUtil;

@Command(scope = "arrears", name = "retry", description = "Sends a dead letter (FAILED outbox message) again: it is "
        + "planned for an attempt now, its attempts counted anew.")
@Service
public class RetryCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Outbox message id (see arrears:outbox)")
    @Completion(DeadLetterIdCompleter.class)
    long id;

    @Reference
    Outbox outbox;

    @Override
    public Object execute() {
        outbox.retryDeadLetter(id, ShellText.operator(ShellUtil.getCurrentUserName()));
        System.out.println("Outbox message " + id + " planned for a new attempt.");
        return null;
    }
}
