package io.arrears.route.dispatch;

import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Letters go to the print-batch folder: the letter's PDF as {@code <reference>.pdf}, and beside it
 * {@code <reference>.json} with the postal address and the outbox key for the print shop's manifest.
 * The PDF is written first: a .json file present means its letter is complete.
 */
public final class PrintBatchSender implements ChannelSender {

    private final Path folder;

    public PrintBatchSender(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(OutboxMessage message) throws DeliveryException {
        Attachment pdf = message.content().attachments().stream()
                .filter(a -> a.mediaType().equals(Attachment.PDF)).findFirst()
                .orElseThrow(() -> new IllegalStateException("letter " + message.key() + " has no PDF attachment"));
        String reference = OutboxReferences.reference(message.key());
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("key", message.key());
        manifest.put("name", message.recipient().name().orElse(null));
        manifest.put("address", message.recipient().address());
        manifest.put("pdf", reference + ".pdf");
        try {
            AtomicFiles.write(folder.resolve(reference + ".pdf"), pdf.content());
            AtomicFiles.write(folder.resolve(reference + ".json"), JsonText.object(manifest).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "cannot write letter " + message.key()
                    + " to the print batch " + folder + ": " + e.getMessage(), e);
        }
    }
}
