package io.arrears.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.store.StoreException;
import org.junit.jupiter.api.Test;

class DatabaseKindTest {

    @DatabaseTest
    void detectsTheDatabaseFromItsMetadata(TestDatabase db) {
        assertThat(DatabaseKind.of(db.dataSource())).isEqualTo(db.kind());
    }

    @Test
    void refusesAnUnsupportedDatabaseByName() {
        assertThatThrownBy(() -> DatabaseKind.fromProductName("MySQL", "jdbc:mysql://db/erp"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unsupported database 'MySQL' at jdbc:mysql://db/erp");
    }
}
