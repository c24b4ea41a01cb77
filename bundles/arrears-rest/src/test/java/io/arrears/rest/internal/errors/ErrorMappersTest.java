package io.arrears.rest.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.ledger.LedgerException;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.api.store.StoreException;
import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ErrorMappersTest {

    private static ErrorBody body(Response response) {
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        return (ErrorBody) response.getEntity();
    }

    @Test
    void illegalArgumentIsABadRequestWithItsMessage() {
        Response response = new BadRequestMapper().toResponse(new IllegalArgumentException("size must be between 1 and 200, was 0"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).isEqualTo(new ErrorBody(400, "bad-request", "size must be between 1 and 200, was 0"));
    }

    @Test
    void notFoundKeepsItsMessage() {
        Response response = new WebApplicationExceptionMapper().toResponse(new NotFoundException("no customer with ERP id 'X'"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response)).isEqualTo(new ErrorBody(404, "not-found", "no customer with ERP id 'X'"));
    }

    @Test
    void otherHttpErrorsKeepStatusAndHeaders() {
        Response forbidden = new WebApplicationExceptionMapper().toResponse(new ForbiddenException());
        Response notAllowed = new WebApplicationExceptionMapper().toResponse(new NotAllowedException("GET"));

        assertThat(body(forbidden).error()).isEqualTo("forbidden");
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(body(notAllowed).error()).isEqualTo("method-not-allowed");
        assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
    }

    @Test
    void ledgerRefusalIsAConflict() {
        Response response = new ConflictMapper().toResponse(new LedgerException("customer C1 has no item I9"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).error()).isEqualTo("conflict");
        assertThat(body(response).message()).isEqualTo("customer C1 has no item I9");
    }

    @Test
    void duplicateKeyIsAConflictWithoutDatabaseDetails() {
        Response response = new DuplicateKeyMapper().toResponse(new DuplicateKeyException("duplicate key PK_EVENTS in table X", "pk_events", null));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).message()).doesNotContain("PK_EVENTS");
    }

    @Test
    void storeFailureIsUnavailableWithAReferenceNotTheSql() {
        Response response = new StoreUnavailableMapper().toResponse(new StoreException("select * from ledger_event failed"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(body(response).error()).isEqualTo("store-unavailable");
        assertThat(body(response).message()).doesNotContain("select").containsPattern("reference [0-9a-f-]{36}");
    }

    @Test
    void anythingElseIsAnInternalErrorWithAReference() {
        Response response = new UnexpectedErrorMapper().toResponse(new NullPointerException("secret internals"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).error()).isEqualTo("internal-error");
        assertThat(body(response).message()).doesNotContain("secret").containsPattern("reference [0-9a-f-]{36}");
    }
}
