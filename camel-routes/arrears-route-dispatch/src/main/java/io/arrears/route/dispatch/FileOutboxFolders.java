package io.arrears.route.dispatch;

import java.nio.file.Path;

/**
 * The file outbox's layout under its root folder: {@code mail/} (.eml), {@code sms/} (.json),
 * {@code print/} (letters: .pdf and an address .json) and {@code tasks/} (collector tasks, .json).
 * Each file is named by the message's {@link OutboxReferences#reference reference}.
 */
public record FileOutboxFolders(Path root) {

    public Path mail() {
        return root.resolve("mail");
    }

    public Path sms() {
        return root.resolve("sms");
    }

    public Path print() {
        return root.resolve("print");
    }

    public Path tasks() {
        return root.resolve("tasks");
    }
}
