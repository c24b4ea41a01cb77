package io.arrears.rest.internal.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Contact;
import io.arrears.rest.internal.security.InProcessApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactPersonsResourceTest {

    /** Master data of one customer with contacts kept in memory. */
    private static final class Customers implements CustomerRepository {
        final Map<String, List<Contact>> contacts = new HashMap<>();

        @Override
        public void upsert(CustomerMasterData customer) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CustomerMasterData> find(String erpCustomerId) {
            return erpCustomerId.equals("C-1") ? Optional.of(new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example"))
                    : Optional.empty();
        }

        @Override
        public List<Contact> contacts(String erpCustomerId) {
            return contacts.getOrDefault(erpCustomerId, CustomerRepository.super.contacts(erpCustomerId));
        }

        @Override
        public void replaceContacts(String erpCustomerId, List<Contact> list) {
            contacts.put(erpCustomerId, list);
        }
    }

    private final Customers customers = new Customers();
    private final InProcessApi api = new InProcessApi(Map.of("mia", Set.of("manager"), "carla", Set.of("collector")),
            new ContactPersonsResource(customers));

    @Test
    void collectorsSeeTheBillingEmailAsTheClerkUntilAManagerNamesThePeople() {
        assertThat(api.get("carla", "customers/C-1/contact-persons").body())
                .isEqualTo("[{\"role\":\"ACCOUNTS_PAYABLE\",\"name\":\"Alpha GmbH\",\"email\":\"ap@alpha.example\",\"phone\":null}]");

        InProcessApi.Reply put = api.put("mia", "customers/C-1/contact-persons", """
                [{"role":"DECISION_MAKER","name":"Jan Nowak","email":"jan@alpha.example","phone":"+48221234567"},
                 {"role":"ESCALATION","name":"Legal","phone":"+48220000000"}]""");

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body()).contains("\"role\":\"DECISION_MAKER\"", "\"role\":\"ESCALATION\"");
        assertThat(customers.contacts.get("C-1")).hasSize(2);
    }

    @Test
    void badEntriesAreRefusedByPositionAndOnlyManagersWrite() {
        InProcessApi.Reply unknownRole = api.put("mia", "customers/C-1/contact-persons", "[{\"role\":\"CEO\",\"name\":\"X\",\"email\":\"x@a.example\"}]");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("contacts[0].role 'CEO' is unknown");
        InProcessApi.Reply noAddress = api.put("mia", "customers/C-1/contact-persons", "[{\"role\":\"ESCALATION\",\"name\":\"X\"}]");
        assertThat(noAddress.body()).contains("contacts[0] needs an email or a phone");
        assertThat(api.put("mia", "customers/C-1/contact-persons", "[{\"role\":\"ESCALATION\",\"name\":\"X\",\"phone\":\"0800\"}]")
                .body()).contains("E.164");
        assertThat(api.put("carla", "customers/C-1/contact-persons", "[]").status()).isEqualTo(403);
        assertThat(api.get("carla", "customers/C-9/contact-persons").status()).isEqualTo(404);
    }
}
