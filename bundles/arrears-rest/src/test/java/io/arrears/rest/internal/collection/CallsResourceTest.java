package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.call.CallReport;
import io.arrears.api.call.LoggedCall;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallsResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final String HASH = "a".repeat(64);

    private final List<CallReport> reports = new ArrayList<>();
    private boolean duplicate;
    private final CallsResource resource = new CallsResource(report -> {
        if (duplicate) {
            throw new DuplicateKeyException("promise 'PTP-C1-1' is already recorded", "pk_promises", null);
        }
        reports.add(report);
        NewContactEntry content = new NewContactEntry(report.customerId(), report.calledAt(), report.collector(), ContactChannel.CALL,
                ContactDirection.OUT, report.outcome(), report.notes(), report.excuseCategory(), report.recordingReference(),
                Optional.empty());
        Optional<TrackedPromise> promise = report.amount().map(a -> TrackedPromise.pending(new PromiseToPay("PTP-C1-1",
                report.customerId(), List.of(), a, report.promisedDate().orElseThrow(), Channel.PHONE, report.collector(), NOW)));
        return new LoggedCall(ContactEntry.of(7, NOW, content, "0".repeat(64), HASH), promise,
                promise.map(p -> 42L), promise.map(p -> List.of("ap@example.com")).orElse(List.of()), List.of());
    }, "C1"::equals, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPromiseIsRecordedWithTheCallerAndAnsweredWithTheIds() {
        var response = resource.record("C1", new NewCallJson("PROMISE_TO_PAY", new PromiseInJson("500.00", "EUR", "2026-03-14"), null,
                "CASH_FLOW", "Anna", "pays Friday", "rec://1", null, null), TestUser.of("carla", "collector"));

        assertThat(response.getStatus()).isEqualTo(201);
        LoggedCallJson json = (LoggedCallJson) response.getEntity();
        assertThat(json.entry().sequence()).isEqualTo(7);
        assertThat(json.promiseId()).isEqualTo("PTP-C1-1");
        assertThat(json.confirmationId()).isEqualTo(42L);
        assertThat(json.confirmationTo()).containsExactly("ap@example.com");
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.collector()).isEqualTo("carla");
            assertThat(r.calledAt()).isEqualTo(NOW);
            assertThat(r.amount()).contains(Money.of("500.00", "EUR"));
            assertThat(r.promisedDate()).contains(LocalDate.of(2026, 3, 14));
            assertThat(r.contactPerson()).contains("Anna");
            assertThat(r.excuseCategory()).contains("CASH_FLOW");
            assertThat(r.recordingReference()).contains("rec://1");
        });
    }

    @Test
    void aCallbackTakesADateOrALocalDateTime() {
        resource.record("C1", new NewCallJson("CALLBACK_SCHEDULED", null, "2026-03-12", null, null, null, null, null, null),
                TestUser.of("carla", "collector"));
        resource.record("C1", new NewCallJson("CALLBACK_SCHEDULED", null, "2026-03-12T14:30", null, null, null, null, null, null),
                TestUser.of("carla", "collector"));

        assertThat(reports).extracting(CallReport::callbackDate).containsOnly(Optional.of(LocalDate.of(2026, 3, 12)));
        assertThat(reports).extracting(CallReport::callbackTime).containsExactly(Optional.empty(), Optional.of(LocalTime.of(14, 30)));
    }

    @Test
    void badFieldsAreRefusedWithTheFieldNamed() {
        TestUser carla = TestUser.of("carla", "collector");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson(null, null, null, null, null, null, null, null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("outcome");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson("SENT", null, null, null, null, null, null, null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcome: SENT is not a call outcome");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson("PROMISE_TO_PAY", new PromiseInJson("5,00", "EUR", "2026-03-14"),
                null, null, null, null, null, null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("promise.amount");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson("PROMISE_TO_PAY", new PromiseInJson("5.00", "EUR", "14.03.2026"),
                null, null, null, null, null, null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("promise.date");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson("PROMISE_TO_PAY", new PromiseInJson("5.001", "EUR", "2026-03-14"),
                null, null, null, null, null, null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("promise");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson("CALLBACK_SCHEDULED", null, "next week", null, null, null, null,
                null, null), carla)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("callbackAt");
        assertThatThrownBy(() -> resource.record("C1", new NewCallJson("NO_ANSWER", null, null, null, null, null, null, null,
                NOW.plusSeconds(3600)), carla)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("calledAt");
        assertThatThrownBy(() -> resource.record("C1", null, carla)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reports).isEmpty();
    }

    @Test
    void anUnknownCustomerIsNotFoundAndTheSameCallTwiceIsAConflict() {
        TestUser carla = TestUser.of("carla", "collector");
        NewCallJson noAnswer = new NewCallJson("NO_ANSWER", null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> resource.record("NOPE", noAnswer, carla)).isInstanceOf(NotFoundException.class);

        duplicate = true;
        assertThatThrownBy(() -> resource.record("C1", noAnswer, carla)).isInstanceOf(ClientErrorException.class)
                .hasMessageContaining("already logged")
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aCallWithoutCommitmentIsPassedOnAsSuch() {
        var response = resource.record("C1", new NewCallJson("NO_COMMITMENT", null, null, null, null, "did not commit", null, null, null),
                TestUser.of("mia", "manager"));

        assertThat(((LoggedCallJson) response.getEntity()).promiseId()).isNull();
        assertThat(reports).singleElement().extracting(CallReport::outcome).isEqualTo(ContactOutcome.NO_COMMITMENT);
    }
}
