package io.arrears.route.erpintake;

/** The decimal separator of amounts in a CSV file. */
public enum DecimalMark {
    /** {@code 1234.56}; a comma may group thousands ({@code 1,234.56}). */
    POINT,
    /** {@code 1234,56}; a point may group thousands ({@code 1.234,56}). */
    COMMA,
    /** COMMA when the field separator is {@code ;} (the spreadsheet convention in most of Europe), else POINT. */
    BY_SEPARATOR
}
