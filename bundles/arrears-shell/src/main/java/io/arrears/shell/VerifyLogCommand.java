package io.arrears.shell;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "arrears", name = "verify-log", description = "Walks the whole contact log and prints whether it is "
        + "intact, or the first entry that is not as appended; with --checkpoint also against a signed checkpoint.")
@Service
public class VerifyLogCommand implements Action {

    @Reference
    ContactLog contactLog;

    @Option(name = "--checkpoint", description = "Also check against a signed checkpoint file (arrears:checkpoint): its "
            + "signature, and that the log still holds the entry it names with the same hash")
    @Completion(FileCompleter.class)
    String checkpoint;

    @Override
    public Object execute() throws IOException {
        if (checkpoint != null) {
            Checkpoint signed = Checkpoint.parse(Files.readString(Path.of(checkpoint), StandardCharsets.UTF_8));
            System.out.print(ShellText.verification(contactLog.verify(signed)));
            return null;
        }
        System.out.print(ShellText.verification(contactLog.verify()));
        return null;
    }
}
