package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.CustomerOrder;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.json.PageJson;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers}: the customer list (paged, filtered by name or ERP id), one
 * customer's position, its items and its aging. Read-only: every Arrears role may call it.
 */
@Component(service = CustomersResource.class)
@JakartarsResource
@JSONRequired
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
public class CustomersResource {

    private final LedgerQueries queries;

    @Activate
    public CustomersResource(@Reference LedgerQueries queries) {
        this.queries = queries;
    }

    /**
     * {@code ?q=} part of the name or ERP id (case-insensitive), {@code ?page=&size=}, {@code ?asOf=},
     * {@code ?sort=id} (default) or {@code ?sort=overdue} (longest overdue first).
     */
    @GET
    public PageJson<CustomerJson> customers(@QueryParam("q") String text, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("asOf") String asOf, @QueryParam("sort") String sort) {
        return PageJson.of(queries.customers(text, QueryParams.page(page), QueryParams.size(size), asOf(asOf), order(sort)),
                CustomerJson::of);
    }

    private static CustomerOrder order(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("id")) {
            return CustomerOrder.ERP_ID;
        }
        if (sort.equals("overdue")) {
            return CustomerOrder.OVERDUE;
        }
        throw new IllegalArgumentException("sort must be 'id' or 'overdue', was '" + sort + "'");
    }

    @GET
    @Path("{erpCustomerId}")
    public CustomerJson customer(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("asOf") String asOf) {
        return queries.customer(erpCustomerId, asOf(asOf)).map(CustomerJson::of)
                .orElseThrow(() -> unknown(erpCustomerId));
    }

    /** {@code ?status=OPEN} (or another item status) only the items in that state; all when absent. */
    @GET
    @Path("{erpCustomerId}/items")
    public ItemsJson items(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("asOf") String asOf,
            @QueryParam("status") String status) {
        LocalDate date = asOf(asOf);
        Optional<ItemStatus> wanted = status(status);
        return queries.items(erpCustomerId, date)
                .map(items -> items.stream().filter(i -> wanted.map(w -> i.balance().status() == w).orElse(true)).toList())
                .map(items -> ItemsJson.of(erpCustomerId, date, items))
                .orElseThrow(() -> unknown(erpCustomerId));
    }

    private static Optional<ItemStatus> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ItemStatus.valueOf(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of " + Arrays.toString(ItemStatus.values()) + ", was '" + value + "'");
        }
    }

    @GET
    @Path("{erpCustomerId}/aging")
    public AgingJson aging(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("asOf") String asOf) {
        return queries.customerAging(erpCustomerId, asOf(asOf)).map(AgingJson::of)
                .orElseThrow(() -> unknown(erpCustomerId));
    }

    private LocalDate asOf(String value) {
        return QueryParams.asOf(value, queries::today);
    }

    private static NotFoundException unknown(String erpCustomerId) {
        return new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
    }
}
