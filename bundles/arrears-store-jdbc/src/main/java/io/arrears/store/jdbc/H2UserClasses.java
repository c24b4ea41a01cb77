package io.arrears.store.jdbc;

import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * Lets H2 load this bundle's classes by name (the contact log's trigger, migration V004). H2 loads
 * trigger classes with its own class loader, which in OSGi cannot see other bundles (the H2 bundle
 * has no DynamicImport-Package), then with the thread's context class loader, which is whatever
 * thread first fires the trigger. H2's class factory hook is the reliable way: registered before the
 * migrations run, removed when the store stops so a refreshed bundle's old class loader is released.
 * H2's alternative, a source trigger ({@code CREATE TRIGGER ... AS $$ java source $$}), does not
 * work in OSGi: H2 compiles the source against {@code java.class.path}, which in Karaf holds only
 * Karaf's boot jars, so {@code org.h2.api.Trigger} is not found (and it needs the JDK's compiler at
 * run time); {@code H2UserClassesTest} reproduces the isolation.
 * Touch this class only when H2 is the database: it needs the H2 bundle.
 */
public final class H2UserClasses implements Utils.ClassFactory {

    static final String PREFIX = "io.arrears.store.jdbc.";

    private final ClassLoader loader;

    private H2UserClasses(ClassLoader loader) {
        this.loader = loader;
    }

    /** Removes the factory from H2 again. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Registers the factory with H2; close the returned registration to remove it again. */
    public static Registration register() {
        H2UserClasses factory = new H2UserClasses(H2UserClasses.class.getClassLoader());
        JdbcUtils.addClassFactory(factory);
        return () -> JdbcUtils.removeClassFactory(factory);
    }

    @Override
    public boolean match(String name) {
        return name.startsWith(PREFIX);
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loader.loadClass(name);
    }
}
