package io.arrears.rest.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    @Test
    void defaultsWhenAbsent() {
        assertThat(QueryParams.page(null)).isZero();
        assertThat(QueryParams.size("")).isEqualTo(QueryParams.DEFAULT_PAGE_SIZE);
        assertThat(QueryParams.asOf(null, () -> TODAY)).isEqualTo(TODAY);
    }

    @Test
    void parsesGivenValues() {
        assertThat(QueryParams.page("3")).isEqualTo(3);
        assertThat(QueryParams.size(String.valueOf(QueryParams.MAX_PAGE_SIZE))).isEqualTo(QueryParams.MAX_PAGE_SIZE);
        assertThat(QueryParams.asOf("2024-12-31", () -> TODAY)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(QueryParams.id("id", "42")).isEqualTo(42L);
    }

    @Test
    void refusesBadValuesNamingTheParameter() {
        assertThatThrownBy(() -> QueryParams.page("-1")).hasMessageContaining("page");
        assertThatThrownBy(() -> QueryParams.page("one")).hasMessageContaining("page").hasMessageContaining("'one'");
        assertThatThrownBy(() -> QueryParams.size("0")).hasMessageContaining("size");
        assertThatThrownBy(() -> QueryParams.size(String.valueOf(QueryParams.MAX_PAGE_SIZE + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> QueryParams.asOf("31.12.2024", () -> TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> QueryParams.id("id", "x1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id must be a whole number");
    }
}
