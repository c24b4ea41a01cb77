package io.arrears.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.store.StoreException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationCatalogTest {

    @Test
    void everyDialectHasTheSameVersionsInOrder() {
        List<Integer> h2 = MigrationCatalog.load(DatabaseKind.H2).stream().map(Migration::version).toList();
        List<Integer> postgres = MigrationCatalog.load(DatabaseKind.POSTGRESQL).stream().map(Migration::version).toList();

        // numbers are reserved per branch, so there are gaps; they must only increase
        assertThat(h2).first().isEqualTo(1);
        assertThat(h2).isSorted().doesNotHaveDuplicates();
        assertThat(postgres).isEqualTo(h2);
    }

    @Test
    void descriptionComesFromTheFileName() {
        assertThat(MigrationCatalog.load(DatabaseKind.H2)).extracting(Migration::label)
                .containsExactly("V001 (ledger)", "V002 (dunning)", "V003 (ledger events)", "V004 (contact log)", "V005 (outbox)", "V006 (intake)", "V007 (dunning execution)", "V008 (dunning holds)", "V009 (notice charges)", "V010 (ledger positions)", "V011 (promises)", "V012 (payment plans)", "V013 (consequence consumption)", "V014 (profile overrides snapshots)", "V015 (profile config)", "V016 (case closures)", "V017 (agency placements)", "V018 (insurer)", "V019 (partner messages)", "V022 (cluster leases)", "V023 (outbox attempt started)", "V024 (intake progress)", "V028 (customer segment)", "V029 (credit scores)", "V031 (outbox cancelled)", "V032 (discount offers)");
    }

    @Test
    void indexWithABadFileNameIsRefusedWithTheName() {
        assertThatThrownBy(() -> MigrationCatalog.load(MigrationCatalogTest.class, "/io/arrears/store/jdbc/badindex", DatabaseKind.H2))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("lists 'ledger.sql': expected a name like V001__ledger.sql");
    }

    @Test
    void listedScriptMissingFromADialectIsRefused() {
        assertThatThrownBy(() -> MigrationCatalog.load(MigrationCatalogTest.class, "/io/arrears/store/jdbc/onlyh2", DatabaseKind.POSTGRESQL))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("/io/arrears/store/jdbc/onlyh2/postgresql/V001__one.sql is missing");
    }

    @Test
    void scriptIsSplitAtSemicolonsEndingALineAndCommentsDropped() {
        String script = "-- header\nCREATE TABLE a (\n  id INT -- inline stays\n);\n\nCREATE INDEX ix ON a (id);\nINSERT INTO a VALUES (1)";

        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE a (\nid INT -- inline stays\n)", "CREATE INDEX ix ON a (id)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void semicolonsInsideADollarQuotedBodyDoNotEndTheStatement() {
        String script = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'no';\nEND;\n$$;\n"
                + "CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();\nSELECT '$$' || 'x' || '$$';";

        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\nRAISE EXCEPTION 'no';\nEND;\n$$",
                "CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f()",
                "SELECT '$$' || 'x' || '$$'");
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        assertThat(SqlScript.checksum("a;\r\nb;\r\n")).isEqualTo(SqlScript.checksum("a;\nb;\n"))
                .isNotEqualTo(SqlScript.checksum("a;\nc;\n"))
                .hasSize(64);
    }
}
