package io.arrears.rest.internal.dashboard;

import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.api.insurer.InsurerService;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.ledger.LedgerReadModel;
import io.arrears.api.ledger.PeriodFlows;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.rest.internal.escalation.InsurerJson;
import io.arrears.rest.internal.escalation.InsurerResource;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.ledger.AgingJson;
import io.arrears.rest.internal.outbox.OutboxMessageJson;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/dashboard}: portfolio aging, DSO / CEI per currency over a period and the
 * outbox's dead letters and the credit-insurer deadlines, for managers. The insurer warning window is {@code warning.days}
 * of {@code io.arrears.route.insurercheck}, the same the insurer alarms and the daily check use.
 */
@Component(service = DashboardResource.class, configurationPid = InsurerResource.CHECK_PID)
@JakartarsResource
@JSONRequired
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MANAGER)
public class DashboardResource {

    static final int DEFAULT_PERIOD_DAYS = 90;
    static final int MAX_PERIOD_DAYS = 3660;
    private static final int OLDEST_SHOWN = 20;

    private final LedgerQueries queries;
    private final LedgerEventRepository events;
    /** Flows and customers summed in SQL; without it (tests, a store without one) the journal is replayed. */
    private final Optional<LedgerReadModel> readModel;
    private final Optional<Outbox> outbox;
    private final Optional<PromiseRepository> promises;
    private final Optional<ProfileService> profiles;
    private final Optional<InsurerService> insurers;
    private final int insurerWarningDays;

    @Activate
    public DashboardResource(@Reference LedgerQueries queries, @Reference LedgerEventRepository events,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Outbox outbox,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PromiseRepository promises,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            InsurerService insurers,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            LedgerReadModel readModel, Map<String, Object> properties) {
        this(queries, events, outbox, promises, profiles, insurers, readModel, InsurerResource.warningDays(properties));
    }

    DashboardResource(LedgerQueries queries, LedgerEventRepository events, Outbox outbox, PromiseRepository promises,
            ProfileService profiles, InsurerService insurers, int insurerWarningDays) {
        this(queries, events, outbox, promises, profiles, insurers, null, insurerWarningDays);
    }

    DashboardResource(LedgerQueries queries, LedgerEventRepository events, Outbox outbox, PromiseRepository promises,
            ProfileService profiles, InsurerService insurers, LedgerReadModel readModel, int insurerWarningDays) {
        this.queries = queries;
        this.readModel = Optional.ofNullable(readModel);
        this.profiles = Optional.ofNullable(profiles);
        this.events = events;
        this.outbox = Optional.ofNullable(outbox);
        this.promises = Optional.ofNullable(promises);
        this.insurers = Optional.ofNullable(insurers);
        this.insurerWarningDays = insurerWarningDays;
    }

    /** {@code ?asOf=} end of the period (today), {@code ?days=} its length (90). */
    @GET
    public DashboardJson dashboard(@QueryParam("asOf") String asOf, @QueryParam("days") String days) {
        LocalDate date = QueryParams.asOf(asOf, queries::today);
        int period = periodDays(days);
        AgingReport aging = queries.portfolioAging(date);
        List<PeriodFlows> flows;
        List<String> customers;
        if (readModel.isPresent()) {
            flows = readModel.get().flows(date.minusDays(period), date);
            customers = promises.isPresent() ? readModel.get().customerIds() : List.of();
        } else {
            List<LedgerEvent> all = events.findAll();
            flows = ReceivableMetrics.flows(all, date.minusDays(period), date);
            customers = all.stream().map(LedgerEvent::customerId).distinct().toList();
        }
        List<DashboardJson.MetricsJson> metrics = ReceivableMetrics.fromFlows(flows, aging, period).stream()
                .map(DashboardJson.MetricsJson::of).toList();
        PromiseKeptRate kept = promises.map(repository -> PromiseKeptRate.of(
                customers.stream().flatMap(id -> repository.forCustomer(id).stream()).toList(),
                date.minusDays(period), date)).orElse(null);
        List<RecoveryJson> recovery = profiles.map(p -> RecoveryJson.of(p.effectiveness())).orElse(null);
        List<InsurerJson.AlarmJson> insurerDeadlines = insurers.map(i -> i.alarms(date, insurerWarningDays).stream()
                .sorted(Comparator.comparing(InsurerAlarm::deadline)).map(InsurerJson.AlarmJson::of).toList()).orElse(null);
        return new DashboardJson(date, period, AgingJson.of(aging), metrics, kept, recovery, insurerDeadlines,
                outbox.map(DashboardResource::deadLetters).orElse(null));
    }

    private static DashboardJson.DeadLettersJson deadLetters(Outbox outbox) {
        List<OutboxMessage> failed = outbox.deadLetters();
        List<OutboxMessage> unknown = outbox.unknowns();
        List<OutboxMessage> all = new ArrayList<>(failed);
        all.addAll(unknown);
        all.sort(Comparator.comparing(OutboxMessage::createdAt));
        return new DashboardJson.DeadLettersJson(failed.size(), unknown.size(),
                all.stream().limit(OLDEST_SHOWN).map(OutboxMessageJson::of).toList());
    }

    private static int periodDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PERIOD_DAYS;
        }
        long days = QueryParams.id("days", value);
        if (days < 1 || days > MAX_PERIOD_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_PERIOD_DAYS + ", was " + days);
        }
        return (int) days;
    }
}
