package io.arrears.route.dispatch;

import io.arrears.api.outbox.DeliveryChannel;
import java.util.EnumMap;
import java.util.Map;

/** The sender of each delivery channel; every channel must have one. */
public record ChannelSenders(Map<DeliveryChannel, ChannelSender> byChannel) {

    public ChannelSenders {
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            if (byChannel.get(channel) == null) {
                throw new IllegalArgumentException("no sender configured for channel " + channel);
            }
        }
        byChannel = Map.copyOf(new EnumMap<>(byChannel));
    }

    public ChannelSender forChannel(DeliveryChannel channel) {
        return byChannel.get(channel);
    }
}
