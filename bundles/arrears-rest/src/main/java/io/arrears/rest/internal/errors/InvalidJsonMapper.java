package io.arrears.rest.internal.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.arrears.rest.internal.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * 400 for a request body Jackson could not read: malformed JSON, an unknown property (rejected so
 * a typo never loses data), a value of the wrong type. The message names the field, not our classes.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
@JakartarsName("arrears.errors.invalid-json")
@JSONRequired
public class InvalidJsonMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ErrorBody.response(Response.Status.BAD_REQUEST, ErrorCodes.INVALID_JSON, message(exception));
    }

    static String message(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + path(unknown) + "'" + known(unknown.getKnownPropertyIds());
        }
        if (exception instanceof JsonParseException) {
            return "malformed JSON: " + exception.getOriginalMessage();
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "invalid value for '" + path(mapping) + "'";
        }
        return "the request body is not the JSON expected: " + exception.getOriginalMessage();
    }

    private static String path(JsonMappingException exception) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : exception.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known: " + ids.stream().map(Objects::toString).sorted().collect(Collectors.joining(", ")) + ")";
    }
}
