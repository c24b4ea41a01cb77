package io.arrears.rest.internal.worklist;

import io.arrears.api.contact.ContactLog;
import io.arrears.api.ledger.CustomerAccount;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.ledger.Page;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.rest.internal.json.PageJson;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/worklist}: the collector's prioritised queue of customers with something
 * overdue, each row with the factors of its priority and the next action (see {@link WorklistRanking}).
 * Collectors and managers; every customer with something overdue is ranked on each call, its ledger figures
 * from the ledger read model ({@link LedgerQueries#overdueCustomers}).
 */
@Component(service = WorklistResource.class)
@JakartarsResource
@JSONRequired
@Path("worklist")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
public class WorklistResource {

    /** Next actions that mean "nothing to do today". */
    private static final Set<String> WAITING = Set.of("WAIT_FOR_PROMISE", "WAIT_FOR_CADENCE");

    private final LedgerQueries queries;
    private final CustomerSignalSource signals;

    @Activate
    public WorklistResource(@Reference LedgerQueries queries,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ContactLog contactLog,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PromiseRepository promises,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles) {
        this(queries, signalSource(contactLog, promises, profiles));
    }

    public WorklistResource(LedgerQueries queries, CustomerSignalSource signals) {
        this.queries = queries;
        this.signals = signals;
    }

    private static CustomerSignalSource signalSource(ContactLog contactLog, PromiseRepository promises,
            ProfileService profiles) {
        List<SignalPart> parts = new ArrayList<>();
        if (contactLog != null) {
            parts.add(new ContactLogPart(contactLog, ZoneId.systemDefault()));
        }
        if (promises != null) {
            parts.add(new PromisePart(promises));
        }
        if (profiles != null) {
            parts.add(new ProfilePart(profiles));
        }
        return new CombinedSignals(parts);
    }

    /**
     * {@code ?q=} part of name or ERP id, {@code ?actionable=true} only rows to work today,
     * {@code ?page=&size=}, {@code ?asOf=}.
     */
    @GET
    public PageJson<WorklistRowJson> worklist(@QueryParam("q") String text, @QueryParam("actionable") boolean actionable,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("asOf") String asOf) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        LocalDate date = QueryParams.asOf(asOf, queries::today);
        // summed per customer and currency in the read model's SQL: no journal replay, no query per customer
        List<CustomerAccount> overdue = queries.overdueCustomers(text, date);
        Map<String, CustomerSignals> known = signals.signals(overdue.stream().map(CustomerAccount::erpCustomerId).toList(), date);
        List<WorklistRanking.WorklistEntry> ranked = overdue.stream()
                .flatMap(a -> WorklistRanking.rank(a, known.getOrDefault(a.erpCustomerId(), CustomerSignals.NONE), date).stream())
                .filter(e -> !actionable || !WAITING.contains(e.next().code()))
                .sorted(WorklistRanking.ORDER)
                .toList();
        Page<WorklistRanking.WorklistEntry> slice = Page.of(ranked, pageNumber, pageSize);
        int first = pageNumber * pageSize;
        List<WorklistRowJson> rows = IntStream.range(0, slice.items().size())
                .mapToObj(i -> WorklistRowJson.of(first + i + 1, slice.items().get(i)))
                .toList();
        return new PageJson<>(rows, slice.page(), slice.size(), slice.total());
    }
}
