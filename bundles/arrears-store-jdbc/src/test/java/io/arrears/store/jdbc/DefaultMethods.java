package io.arrears.store.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A store seen through its interface with the interface's default methods run as declared instead of the store's
 * overrides: the customer-by-customer fallbacks of bulk reads, to compare with the store's own bulk queries.
 */
public final class DefaultMethods {

    private DefaultMethods() {
    }

    public static <T> T of(Class<T> type, T store) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
