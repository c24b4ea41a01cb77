package io.arrears.routes.support;

import java.time.Clock;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the database-backed {@link IdempotentRepository} to the route bundles (service property
 * {@code arrears.repository=files}); routes separate their keys by prefixing them with their route id.
 */
@Component(service = IdempotentRepository.class, property = "arrears.repository=files")
public class IdempotentRepositoryFactory extends org.apache.camel.support.service.ServiceSupport
        implements IdempotentRepository {

    private final JdbcIdempotentRepository delegate;

    @Activate
    public IdempotentRepositoryFactory(@Reference(target = "(dataSourceName=arrears)") DataSource dataSource) {
        this.delegate = new JdbcIdempotentRepository(dataSource, "files", Clock.systemUTC());
    }

    @Override
    public boolean add(String key) {
        return delegate.add(key);
    }

    @Override
    public boolean contains(String key) {
        return delegate.contains(key);
    }

    @Override
    public boolean remove(String key) {
        return delegate.remove(key);
    }

    @Override
    public boolean confirm(String key) {
        return delegate.confirm(key);
    }

    @Override
    public void clear() {
        delegate.clear();
    }
}
