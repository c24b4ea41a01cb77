package io.arrears.route.erpintake;

/** How the ERP's JSON API splits a result into pages. */
public enum ErpApiPaging {
    /** Page number and page size as query parameters; a page shorter than the size is the last. */
    PAGE,
    /** Each page names the URL of the next one (a link or a cursor URL); none means the last page. */
    NEXT_LINK
}
