package io.arrears.shell;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "arrears", name = "checkpoint", description = "Signs the contact log's head (sequence and hash) with the "
        + "checkpoint key of io.arrears.contactlog and writes it to a file; keep it elsewhere: later, "
        + "arrears:verify-log --checkpoint <file> proves nothing before it was altered or removed.")
@Service
public class CheckpointCommand implements Action {

    @Reference
    ContactLog contactLog;

    @Argument(index = 0, name = "file", description = "Where to write it (default: data/arrears/checkpoints/contact-log-<millis>.checkpoint)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws IOException {
        Path target = file != null ? Path.of(file) : Path.of(System.getProperty("karaf.data", "data"), "arrears", "checkpoints",
                "contact-log-" + System.currentTimeMillis() + ".checkpoint");
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Checkpoint checkpoint = contactLog.exportCheckpoint(target);
        System.out.println("Checkpoint of entry " + checkpoint.headSequence() + " (head hash " + checkpoint.headHash() + ") signed and "
                + "written to " + target.toAbsolutePath());
        return null;
    }
}
