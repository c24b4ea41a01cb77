package io.arrears.route.erpintake;

import java.util.List;

/** One CSV record: its fields and the physical line it starts on (a quoted field may span lines). */
record CsvRow(int line, List<String> fields) {
}
