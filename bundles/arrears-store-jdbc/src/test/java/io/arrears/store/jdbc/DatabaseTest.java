package io.arrears.store.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per enabled database (H2 always, PostgreSQL when {@code -Dstore.postgres=true}
 * or {@code ARREARS_TEST_POSTGRES=true}), each time with a {@link TestDatabase} parameter on a
 * fresh, empty schema that is dropped afterwards.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(TestDatabases.class)
public @interface DatabaseTest {
}
