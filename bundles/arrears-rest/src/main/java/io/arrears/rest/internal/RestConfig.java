package io.arrears.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears REST API and web tab",
        description = "Authentication and browser-security settings of the REST API and the collection tab.")
public @interface RestConfig {

    String PID = "io.arrears.rest";

    @AttributeDefinition(name = "JAAS realm",
            description = "Karaf JAAS realm that checks user names and passwords (etc/users.properties, LDAP, ...). "
                    + "Roles: collector, manager, admin.")
    String jaas_realm() default "karaf";

    @AttributeDefinition(name = "Frame ancestors",
            description = "Origins allowed to embed the collection tab in a frame (the ERP's origin, e.g. https://erp.example.com), "
                    + "space separated; sent as Content-Security-Policy frame-ancestors. 'self' alone forbids every other site.")
    String frame_ancestors() default "'self'";

    @AttributeDefinition(name = "Metrics scrape role",
            description = "Role (besides admin) that may read GET /arrears/api/metrics, e.g. for the Prometheus server's user.")
    String metrics_role() default "metrics";
}
