package io.arrears.rest.internal.contacts;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Contact;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/contact-persons}: who the dunning run addresses, one person per role
 * (the level's roles in the dunning policy decide who gets which notice). Collectors and managers read; managers
 * replace the whole list. The ERP's billing e-mail stays the accounts-payable contact's e-mail on the next import.
 */
@Component(service = ContactPersonsResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/contact-persons")
@Produces(MediaType.APPLICATION_JSON)
public class ContactPersonsResource {

    private final CustomerRepository customers;

    @Activate
    public ContactPersonsResource(@Reference CustomerRepository customers) {
        this.customers = customers;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<ContactPersonJson> list(@PathParam("erpCustomerId") String erpCustomerId) {
        known(erpCustomerId);
        return customers.contacts(erpCustomerId).stream().map(ContactPersonJson::of).toList();
    }

    /** Replaces the list; returns it as stored. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    public List<ContactPersonJson> replace(@PathParam("erpCustomerId") String erpCustomerId, List<ContactPersonJson> body) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON array [{\"role\":…, \"name\":…, \"email\":…, \"phone\":…}] is required");
        }
        known(erpCustomerId);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) == null) {
                throw new IllegalArgumentException("contacts[" + i + "] is null");
            }
            contacts.add(body.get(i).toContact(i));
        }
        customers.replaceContacts(erpCustomerId, contacts);
        return list(erpCustomerId);
    }

    private void known(String erpCustomerId) {
        if (customers.find(erpCustomerId).isEmpty()) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
    }
}
