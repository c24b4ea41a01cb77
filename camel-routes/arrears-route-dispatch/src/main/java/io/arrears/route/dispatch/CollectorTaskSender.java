package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TASK messages become collector task files {@code <reference>.json} ({@code {"key","collector","title",
 * "details"}}) in the tasks folder, where the worklist picks them up; written means SENT.
 */
public final class CollectorTaskSender implements ChannelSender {

    private final Path folder;

    public CollectorTaskSender(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(OutboxMessage message) throws DeliveryException {
        Map<String, String> task = new LinkedHashMap<>();
        task.put("key", message.key());
        task.put("collector", message.recipient().address());
        task.put("title", message.content().subject().orElse(""));
        task.put("details", message.content().body());
        try {
            AtomicFiles.write(folder.resolve(OutboxReferences.reference(message.key()) + ".json"),
                    JsonText.object(task).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "cannot write collector task " + message.key()
                    + " in " + folder + ": " + e.getMessage(), e);
        }
    }
}
