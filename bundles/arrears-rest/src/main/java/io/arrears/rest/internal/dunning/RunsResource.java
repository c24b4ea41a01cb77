package io.arrears.rest.internal.dunning;

import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * Dunning runs on demand: {@code POST /runs?date=} proposes (nothing is sent), a manager reviews the
 * proposals, {@code POST /runs/{id}/execute} re-checks each notice against the ledger and hands the
 * ones still due to the outbox, exactly once however often it is called.
 */
@Component(service = RunsResource.class)
@JakartarsResource
@JSONRequired
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

    private final DunningRunService runs;
    private final LedgerQueries ledger;

    @Activate
    public RunsResource(@Reference DunningRunService runs, @Reference LedgerQueries ledger) {
        this.runs = runs;
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<RunJson.Summary> list(@QueryParam("limit") String limit) {
        int max = QueryParams.size(limit);
        return runs.runs(max).stream().map(RunJson.Summary::of).toList();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    public RunJson.Proposal propose(@QueryParam("date") String date) {
        LocalDate runDate = QueryParams.asOf(date, ledger::today);
        return RunJson.Proposal.of(runs.propose(runDate));
    }

    @POST
    @Path("{runId}/execute")
    @RolesAllowed(Roles.MANAGER)
    public RunJson.Execution execute(@PathParam("runId") long runId) {
        return RunJson.Execution.of(runs.execute(runId));
    }
}
