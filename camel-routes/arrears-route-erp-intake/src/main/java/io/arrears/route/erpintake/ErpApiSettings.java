package io.arrears.route.erpintake;

import io.arrears.routes.support.http.OutboundUrlPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to pull invoices from an ERP's JSON API (PID {@code arrears.erpintake.rest}).
 *
 * @param baseUrl           the invoice collection, already checked against {@code policy}
 * @param policy            the outbound allowlist; next links are checked against it too
 * @param authHeader        header name of the credential, null for none
 * @param authValue         header value (from the environment)
 * @param itemsPath         JSONPath of the items in a page
 * @param fieldPaths        JSONPath per field inside an item; missing fields use {@code $['<field>']}
 * @param paging            page numbers or next links
 * @param pageParam         PAGE: page number parameter
 * @param firstPage         PAGE: first page number
 * @param sizeParam         page size parameter, null for none
 * @param pageSize          items per page asked for
 * @param nextPath          NEXT_LINK: JSONPath of the next URL
 * @param maxPages          pages per pull at most
 * @param updatedSinceParam parameter carrying the watermark, null for none
 * @param updatedPath       JSONPath of an item's last change (ISO 8601), null for none
 * @param initialWatermark  updated-since of the first pull, null for everything
 * @param timeout           connect and response timeout
 */
public record ErpApiSettings(URI baseUrl, OutboundUrlPolicy policy, String authHeader, String authValue, String itemsPath,
        Map<InvoiceField, String> fieldPaths, ErpApiPaging paging, String pageParam, int firstPage, String sizeParam,
        int pageSize, String nextPath, int maxPages, String updatedSinceParam, String updatedPath, String initialWatermark,
        Duration timeout) {

    public ErpApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(itemsPath, "itemsPath");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(timeout, "timeout");
        fieldPaths = Map.copyOf(fieldPaths);
        authHeader = blankToNull(authHeader);
        sizeParam = blankToNull(sizeParam);
        updatedSinceParam = blankToNull(updatedSinceParam);
        updatedPath = blankToNull(updatedPath);
        initialWatermark = blankToNull(initialWatermark);
        if (pageSize < 1 || maxPages < 1) {
            throw new IllegalArgumentException("page.size and max.pages must be at least 1");
        }
        if (paging == ErpApiPaging.PAGE && (pageParam == null || pageParam.isBlank())) {
            throw new IllegalArgumentException("page.param is required for PAGE paging");
        }
        if (paging == ErpApiPaging.NEXT_LINK && (nextPath == null || nextPath.isBlank())) {
            throw new IllegalArgumentException("next.path is required for NEXT_LINK paging");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
