package io.arrears.store.jdbc.plan;

import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.plan.DiscountOfferRepository;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.promise.ItemIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Discount offers in {@code discount_offers}, each written with its outbox message in one transaction. */
public final class JdbcDiscountOfferRepository implements DiscountOfferRepository {

    private static final String COLUMNS = "id, customer_key, item_ids, debt_amount, currency, percent, offered_on, valid_until, "
            + "offered_by, approved_by, created_at";

    private final JdbcTransactions transactions;
    private final Outbox outbox;

    public JdbcDiscountOfferRepository(DataSource dataSource, Outbox outbox) {
        this.transactions = new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public StoredDiscountOffer record(StoredDiscountOffer stored, NewOutboxMessage message) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(message, "message");
        EarlyPaymentDiscount o = stored.offer();
        return transactions.inTransaction(jdbc -> {
            try {
                jdbc.update("storing discount offer '" + stored.id() + "'", "INSERT INTO discount_offers (" + COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        stored.id(), o.customerId(), ItemIds.join(o.itemIds()), o.debt().amount(), o.debt().currencyCode(),
                        o.percent(), o.offeredOn(), o.validUntil(), stored.offeredBy(), stored.approvedBy().orElse(null),
                        Columns.utc(stored.createdAt()));
            } catch (DuplicateKeyException e) {
                throw new DuplicateKeyException("discount offer '" + stored.id() + "' exists already", e.constraint(), e);
            }
            outbox.enqueue(jdbc.connection(), message);
            return stored;
        });
    }

    @Override
    public List<StoredDiscountOffer> forCustomer(String erpCustomerId) {
        return transactions.inTransaction(jdbc -> jdbc.query("reading the discount offers of '" + erpCustomerId + "'",
                "SELECT " + COLUMNS + " FROM discount_offers WHERE customer_key = ? ORDER BY created_at DESC, id DESC",
                JdbcDiscountOfferRepository::offer, erpCustomerId));
    }

    private static StoredDiscountOffer offer(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(Columns.fixedChar(rs, "currency"));
        EarlyPaymentDiscount offer = new EarlyPaymentDiscount(rs.getString("customer_key"), ItemIds.split(rs.getString("item_ids")),
                Money.rounded(rs.getBigDecimal("debt_amount"), currency), rs.getBigDecimal("percent").stripTrailingZeros(),
                Columns.date(rs, "offered_on"), Columns.date(rs, "valid_until"));
        return new StoredDiscountOffer(rs.getString("id"), offer, rs.getString("offered_by"),
                Optional.ofNullable(rs.getString("approved_by")), Columns.instant(rs, "created_at"));
    }
}
