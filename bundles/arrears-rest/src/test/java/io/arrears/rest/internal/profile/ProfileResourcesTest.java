package io.arrears.rest.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.arrears.api.call.CallSheet;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.CreditScore;
import io.arrears.api.profile.CustomerProfile;
import io.arrears.api.profile.Effectiveness;
import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileResourcesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final FakeProfiles profiles = new FakeProfiles();
    private final SecurityContext collector = TestUser.of("carla", "collector");

    @Test
    void theProfileHasTheDocumentedShapeWithANullOverride() throws Exception {
        JsonNode json = JSON.valueToTree(new ProfileResource(profiles).profile("C1", "de"));

        assertThat(json.path("type").asText()).isEqualTo("STRUGGLING");
        assertThat(json.path("suggestedType").asText()).isEqualTo("STRUGGLING");
        assertThat(json.path("explanation").get(0).path("signal").asText()).isEqualTo("CASH_SHORTAGE_EXCUSES");
        assertThat(json.path("explanation").get(0).path("rule").asText()).isEqualTo("CASH_SHORTAGE_EXCUSES >= 1 (+0.38)");
        assertThat(json.has("override")).isTrue();
        assertThat(json.path("override").isNull()).isTrue();
        assertThat(json.path("risk").path("factors").get(0).path("factor").asText()).isEqualTo("EXCUSES");
        assertThat(json.path("drift").path("flagged").asBoolean()).isTrue();
        assertThat(json.path("playbook").path("escalationSpeed").asText()).isEqualTo("SLOW");
        assertThat(profiles.languages).containsExactly("de");
        assertThat(json.path("segment").asText()).isEqualTo("key-account");
        assertThat(json.path("creditScore").path("score").asInt()).isEqualTo(35);
        assertThat(json.path("creditScore").path("source").asText()).isEqualTo("Creditreform");
        assertThat(new ProfileResource(profiles).profile("C1", "de").creditScore().asOf()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void anOfferIsCheckedAgainstTheGuardrailsAndAManagersCheckIsTheApproval() {
        OfferChecksResource resource = new OfferChecksResource(profiles);
        OfferChecksResource.OfferJson threePercent = new OfferChecksResource.OfferJson("EARLY_PAYMENT_DISCOUNT",
                new io.arrears.rest.internal.json.MoneyJson("1000.00", "EUR"), null, null, new java.math.BigDecimal("3"),
                null, null, null);

        OfferChecksResource.VerdictJson asCollector = resource.check("C1", threePercent, collector);
        OfferChecksResource.VerdictJson asManager = resource.check("C1", threePercent, TestUser.of("maria", "manager"));

        assertThat(asCollector.needsManagerApproval()).isTrue();
        assertThat(asCollector.guardrailsRow()).isEqualTo("STRUGGLING / key-account");
        assertThat(asCollector.approvedBy()).isNull();
        assertThat(asManager.approvedBy()).isEqualTo("maria");
        assertThatThrownBy(() -> resource.check("C1", new OfferChecksResource.OfferJson("EXTENSION", null, null, null, null, 7,
                null, null), collector)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("debt");
        assertThatThrownBy(() -> resource.check("C1", new OfferChecksResource.OfferJson("EXTENSION",
                new io.arrears.rest.internal.json.MoneyJson("ten", "EUR"), null, null, null, 7, null, null), collector))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("debt.amount");
        assertThatThrownBy(() -> resource.check("NOPE", threePercent, collector)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aManagerRecordsACreditScoreWithSourceAndDateAndEveryPartIsRequired() throws Exception {
        SecurityContext manager = TestUser.of("maria", "manager");
        CreditScoresResource resource = new CreditScoresResource(profiles);

        var created = resource.record("C1", new CreditScoresResource.CreditScoreRequestJson(35, "Creditreform",
                LocalDate.of(2026, 2, 1)), manager);

        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode json = JSON.valueToTree(created.getEntity());
        assertThat(json.path("score").asInt()).isEqualTo(35);
        assertThat(json.path("recordedBy").asText()).isEqualTo("maria");
        assertThatThrownBy(() -> resource.record("C1", new CreditScoresResource.CreditScoreRequestJson(null, "x",
                LocalDate.of(2026, 2, 1)), manager)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score");
        assertThatThrownBy(() -> resource.record("C1", null, manager)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resource.record("NOPE", new CreditScoresResource.CreditScoreRequestJson(35, "x",
                LocalDate.of(2026, 2, 1)), manager)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> new ProfileResource(profiles).profile("NOPE", null)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("'NOPE'");
        assertThatThrownBy(() -> new CallSheetResource(profiles).callSheet("NOPE", "en")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOverrideNeedsOneOfTheEightTypesAndAReasonAndRecordsTheCaller() {
        ProfileResource resource = new ProfileResource(profiles);

        assertThatThrownBy(() -> resource.override("C1", new OverrideRequestJson("UNKNOWN", "x"), collector))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'UNKNOWN'").hasMessageContaining("COOPERATIVE");
        assertThatThrownBy(() -> resource.override("C1", new OverrideRequestJson("DOMINANT", " "), collector))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> resource.override("C1", null, collector)).isInstanceOf(IllegalArgumentException.class);
        assertThat(profiles.overrides).isEmpty();

        resource.override("C1", new OverrideRequestJson("DOMINANT", "checks every line"), collector);

        assertThat(profiles.overrides).containsExactly("C1 DOMINANT checks every line by carla");
        assertThatThrownBy(() -> resource.clear("C1", collector)).as("nothing to clear in the fake")
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no behaviour type override");
    }

    @Test
    void anUnknownExcuseCategoryOrConfigurationIsNotFound() {
        assertThatThrownBy(() -> new ExcusesResource(profiles).responses("ALIENS", "en")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("CASH_FLOW_PROBLEMS");
        assertThat(new ExcusesResource(profiles).responses("CASH_FLOW_PROBLEMS", "tr").language()).isEqualTo("tr");
        assertThatThrownBy(() -> new ProfileConfigResource(profiles).get("weather")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("playbooks, excuses, guardrails, segment-guardrails or classifier");
    }

    @Test
    void aConfigurationDocumentIsEmbeddedAsJson() throws Exception {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(new ProfileConfigResource(profiles).get("excuses")));

        assertThat(json.path("kind").asText()).isEqualTo("excuses");
        assertThat(json.path("version").asInt()).isEqualTo(3);
        assertThat(json.path("document").path("responses").isObject()).isTrue();
    }

    @Test
    void aClosureNeedsSatisfied() {
        assertThatThrownBy(() -> new CaseClosuresResource(profiles).close("C1",
                new CaseClosuresResource.LessonsJson(null, "", "", "PHONE", "NONE"), collector))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satisfied");
    }

    private static final class FakeProfiles implements ProfileService {
        final List<String> overrides = new ArrayList<>();
        final List<String> languages = new ArrayList<>();

        @Override
        public Optional<CustomerProfile> profile(String customerId, String language) {
            languages.add(language);
            if (!customerId.equals("C1")) {
                return Optional.empty();
            }
            return Optional.of(new CustomerProfile("C1", BehaviourType.STRUGGLING, "SUGGESTED", "suggested", BehaviourType.STRUGGLING,
                    0.72, List.of(new CustomerProfile.ExplanationLine("CASH_SHORTAGE_EXCUSES", 3, "CASH_SHORTAGE_EXCUSES >= 1 (+0.38)",
                            "says cash is short")), Optional.empty(),
                    new CustomerProfile.Risk(41, List.of(new CustomerProfile.RiskLine("EXCUSES", 12, "4 excuses logged"))),
                    new CustomerProfile.Drift(true, List.of("AVG_DAYS_LATE from 3 to 18 (up by at least 7)")),
                    new CustomerProfile.PlaybookSummary("EMPATHETIC", List.of("PHONE"), "every 7 days by PHONE",
                            List.of("INSTALMENT_PLAN"), List.of("Ask what they can pay today"), "SLOW"),
                    NOW, Optional.empty(), Optional.of("key-account"),
                    Optional.of(new CustomerProfile.CreditScoreInfo(35, "Creditreform", LocalDate.of(2026, 2, 1)))));
        }

        @Override
        public Optional<OfferVerdict> checkOffer(String customerId, OfferTerms offer, String by, boolean mayApprove) {
            if (!customerId.equals("C1")) {
                return Optional.empty();
            }
            boolean beyond = offer.discountPercent() != null && offer.discountPercent().compareTo(java.math.BigDecimal.ONE) > 0;
            return Optional.of(new OfferVerdict(BehaviourType.STRUGGLING, Optional.of("key-account"), "STRUGGLING / key-account",
                    beyond, beyond ? List.of("discount of " + offer.discountPercent() + "% exceeds the 1% allowed") : List.of(),
                    beyond && mayApprove ? Optional.of(by) : Optional.empty()));
        }

        @Override
        public Optional<CreditScore> recordCreditScore(String customerId, int score, String source, LocalDate asOf, String by) {
            if (!customerId.equals("C1")) {
                return Optional.empty();
            }
            return Optional.of(new CreditScore(7, customerId, score, source, asOf, by, NOW));
        }

        @Override
        public BehaviourType effectiveType(String customerId) {
            return BehaviourType.STRUGGLING;
        }

        @Override
        public Optional<CustomerProfile> override(String customerId, BehaviourType type, String reason, String by) {
            overrides.add(customerId + " " + type + " " + reason + " by " + by);
            return profile(customerId, "en");
        }

        @Override
        public boolean clearOverride(String customerId, String by) {
            return false;
        }

        @Override
        public Optional<CallSheet> callSheet(String customerId, String collectorLanguage) {
            return Optional.empty();
        }

        @Override
        public ExcuseAnswer excuseResponses(String category, String language) {
            if (!category.equals("CASH_FLOW_PROBLEMS")) {
                throw new IllegalArgumentException("unknown excuse category '" + category + "': expected one of [CASH_FLOW_PROBLEMS]");
            }
            return new ExcuseAnswer(category, language, language, List.of("Nakit akışı"));
        }

        @Override
        public ConfigDocument config(ConfigKind kind) {
            return new ConfigDocument(kind, 3, "{\"responses\": {}}", "mia", NOW);
        }

        @Override
        public ConfigDocument saveConfig(ConfigKind kind, String json, String by) {
            return config(kind);
        }

        @Override
        public String guardrails() {
            return "{}";
        }

        @Override
        public ConfigDocument saveGuardrails(String json, String by) {
            return config(ConfigKind.PLAYBOOKS);
        }

        @Override
        public Optional<CaseClosure> closeCase(String customerId, CaseLessons lessons, String by) {
            return Optional.empty();
        }

        @Override
        public List<Effectiveness> effectiveness() {
            return List.of();
        }
    }
}
