package io.arrears.rest.internal.collection;

import io.arrears.api.contact.Checkpoint;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.VerificationReport;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/contact-log}: the hash-chain verification report (managers, admins) and signed checkpoints of the
 * head (admins), written to {@code ${karaf.data}/arrears/checkpoints/}.
 */
@Component(service = ContactLogResource.class)
@JakartarsResource
@JSONRequired
@jakarta.ws.rs.Path("contact-log")
@Produces(MediaType.APPLICATION_JSON)
public class ContactLogResource {

    /** The verification report; {@code violation} is null when the log is intact. */
    public record VerificationJson(boolean intact, long entriesChecked, long headSequence, ViolationJson violation) {

        static VerificationJson of(VerificationReport r) {
            return new VerificationJson(r.isIntact(), r.entriesChecked(), r.headSequence(),
                    r.violation().map(v -> new ViolationJson(v.sequence(), v.kind().name(), v.reason())).orElse(null));
        }
    }

    public record ViolationJson(long sequence, String kind, String reason) {
    }

    /** A signed checkpoint and the file it was written to. */
    public record CheckpointJson(long headSequence, String headHash, Instant createdAt, String signature, String file) {
    }

    private final ContactLog log;
    private final Path folder;
    private final Clock clock;

    @Activate
    public ContactLogResource(@Reference ContactLog log) {
        this(log, Path.of(System.getProperty("karaf.data", "data"), "arrears", "checkpoints"), Clock.systemUTC());
    }

    ContactLogResource(ContactLog log, Path folder, Clock clock) {
        this.log = log;
        this.folder = folder;
        this.clock = clock;
    }

    @GET
    @jakarta.ws.rs.Path("verify")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public VerificationJson verify() {
        return VerificationJson.of(log.verify());
    }

    /** 201 with the checkpoint; 409 when no checkpoint key is configured. */
    @POST
    @jakarta.ws.rs.Path("checkpoints")
    @RolesAllowed(Roles.ADMIN)
    public Response checkpoint() {
        Path file = folder.resolve("contact-log-" + clock.instant().toEpochMilli() + ".checkpoint");
        Checkpoint checkpoint;
        try {
            Files.createDirectories(folder);
            checkpoint = log.exportCheckpoint(file);
        } catch (IOException e) {
            throw new UncheckedIOException("creating the checkpoint folder " + folder + " failed: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
        return Response.status(Response.Status.CREATED).entity(new CheckpointJson(checkpoint.headSequence(), checkpoint.headHash(),
                checkpoint.createdAt(), checkpoint.signature(), file.toAbsolutePath().toString())).build();
    }
}
