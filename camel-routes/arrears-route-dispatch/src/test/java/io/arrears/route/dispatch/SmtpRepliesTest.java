package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.outbox.FailureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpRepliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "550 | 5.1.1 <ap@debtor.example>: Recipient address rejected: User unknown | INVALID_RECIPIENT",
            "550 | 5.1.2 Host unknown                                                   | INVALID_RECIPIENT",
            "552 | 5.2.2 Mailbox full                                                    | BOUNCED",
            "554 | 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org   | BLACKLISTED",
            "550 | Your IP is listed at a DNSBL                                          | BLACKLISTED",
            "554 | 5.7.1 Relay access denied                                             | BLACKLISTED",
            "550 | 5.7.26 Unauthenticated email is not accepted                          | REFUSED",
            "554 | Transaction failed                                                    | REFUSED",
            "451 | 4.7.1 Greylisted, try again later                                     | TRANSPORT",
            "421 | Service not available                                                 | TRANSPORT",
            "0   | Status: 5.1.1                                                         | INVALID_RECIPIENT"})
    void repliesBecomeExplicitFailureKinds(int code, String text, FailureKind expected) {
        assertThat(SmtpReplies.kind(code, text)).isEqualTo(expected);
    }
}
