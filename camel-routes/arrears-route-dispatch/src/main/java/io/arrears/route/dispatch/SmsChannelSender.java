package io.arrears.route.dispatch;

import io.arrears.api.outbox.OutboxMessage;

/** SMS messages through the configured {@link SmsGateway}, with the outbox key's reference. */
public final class SmsChannelSender implements ChannelSender {

    private final SmsGateway gateway;

    public SmsChannelSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void send(OutboxMessage message) throws DeliveryException {
        gateway.send(new SmsRequest(message.recipient().address(), message.content().body(),
                OutboxReferences.reference(message.key())));
    }
}
