package io.arrears.route.dispatch;

/**
 * An SMS provider. {@link HttpJsonSmsGateway} is the generic one (POST JSON with a bearer token); to
 * add a provider with another API, implement this interface in this module and choose it in
 * {@link DispatchChannels}. Contract as {@link ChannelSender}: return when the provider accepted the
 * SMS; throw {@link DeliveryFailedException} only when it certainly did not (a 4xx answer: REFUSED or
 * INVALID_RECIPIENT; unreachable or 5xx: TRANSPORT); {@link DeliveryUncertainException} when unknown.
 * Send the same {@link SmsRequest#reference()} on every attempt so the provider can drop duplicates.
 */
public interface SmsGateway {

    void send(SmsRequest sms) throws DeliveryException;
}
