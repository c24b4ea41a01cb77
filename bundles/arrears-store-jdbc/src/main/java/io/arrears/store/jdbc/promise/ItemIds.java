package io.arrears.store.jdbc.promise;

import java.util.Arrays;
import java.util.List;

/** Item id lists in one VARCHAR column, joined with a line feed (item ids never contain one); '' is the whole account. */
public final class ItemIds {

    private ItemIds() {
    }

    public static String join(List<String> itemIds) {
        for (String id : itemIds) {
            if (id.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("item id '" + id.replace("\n", "\\n") + "' contains a line feed");
            }
        }
        return String.join("\n", itemIds);
    }

    public static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
