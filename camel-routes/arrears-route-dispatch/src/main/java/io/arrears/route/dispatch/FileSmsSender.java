package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded default for SMS when no gateway is configured: one .json file per message, in the
 * gateway's own shape plus the outbox key: {@code {"to","text","reference","key"}}.
 */
public final class FileSmsSender implements ChannelSender {

    private final Path folder;

    public FileSmsSender(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(OutboxMessage message) throws DeliveryException {
        String reference = OutboxReferences.reference(message.key());
        Map<String, String> json = new LinkedHashMap<>();
        json.put("to", message.recipient().address());
        json.put("text", message.content().body());
        json.put("reference", reference);
        json.put("key", message.key());
        try {
            AtomicFiles.write(folder.resolve(reference + ".json"), JsonText.object(json).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "cannot write the SMS file of " + message.key()
                    + " in " + folder + ": " + e.getMessage(), e);
        }
    }
}
