package io.arrears.route.bankpayments;

import io.arrears.api.intake.BankTransaction;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

/** One of the statement formats: a file in, its transactions out, or an {@link io.arrears.api.intake.IntakeParseException}. */
@FunctionalInterface
public interface StatementParser {

    List<BankTransaction> parse(InputStream in, String sourceName);

    static StatementParser camt() {
        return new CamtParser()::parse;
    }

    static StatementParser mt940(Charset charset) {
        return new Mt940Parser(charset)::parse;
    }
}
