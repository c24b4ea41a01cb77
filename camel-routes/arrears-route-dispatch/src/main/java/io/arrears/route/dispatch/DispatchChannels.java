package io.arrears.route.dispatch;

import io.arrears.api.outbox.DeliveryChannel;
import java.time.Clock;
import java.util.Map;

/** Chooses each channel's sender from the settings: SMTP / HTTP gateway when configured, the file outbox otherwise. */
public final class DispatchChannels {

    private DispatchChannels() {
    }

    public static ChannelSenders create(DispatchSettings settings, Clock clock) {
        FileOutboxFolders folders = new FileOutboxFolders(settings.outboxFolder());
        ChannelSender email = settings.smtp().<ChannelSender>map(smtp -> new SmtpEmailSender(smtp, clock))
                .orElseGet(() -> new FileEmailSender(folders.mail(), settings.from(), clock));
        ChannelSender sms = settings.sms().<ChannelSender>map(s -> new SmsChannelSender(new HttpJsonSmsGateway(s)))
                .orElseGet(() -> new FileSmsSender(folders.sms()));
        return new ChannelSenders(Map.of(
                DeliveryChannel.EMAIL, email,
                DeliveryChannel.SMS, sms,
                DeliveryChannel.LETTER, new PrintBatchSender(folders.print()),
                DeliveryChannel.TASK, new CollectorTaskSender(folders.tasks())));
    }
}
