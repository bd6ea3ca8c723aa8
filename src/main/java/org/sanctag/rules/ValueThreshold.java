package org.sanctag.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A category's value threshold as its rule file states it ({@code threshold: {above: 2000,
 * currency: USD}}): goods of the category are listed only when valued above it. {@code rates} are
 * the only conversions sanctag may make: units of {@code currency} per one unit of another
 * currency; money in any other currency is reported as such, never converted at a guessed rate.
 */
public record ValueThreshold(BigDecimal above, String currency, Map<String, BigDecimal> rates) {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
    private static final String ISO_RULE = "a three-letter ISO 4217 code in capitals, such as USD or EUR";

    public ValueThreshold {
        if (above == null) {
            throw new RefusedValue("above", "'above' is missing: the value goods must exceed to be listed");
        }
        if (above.signum() <= 0) {
            throw new RefusedValue("above", "'above' must be a positive amount, not " + above.toPlainString());
        }
        if (currency == null) {
            throw new RefusedValue("currency", "'currency' is missing: " + ISO_RULE);
        }
        if (!ISO_CODE.matcher(currency).matches()) {
            throw new RefusedValue("currency", "'currency' must be " + ISO_RULE + ", not '" + currency + "'");
        }
        rates = rates == null ? Map.of() : Map.copyOf(rates);
        for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
            if (!ISO_CODE.matcher(rate.getKey()).matches()) {
                throw new RefusedValue(
                        "rates", "each key of 'rates' must be " + ISO_RULE + ", not '" + rate.getKey() + "'");
            }
            if (rate.getValue() == null || rate.getValue().signum() <= 0) {
                throw new RefusedValue(
                        "rates", "the rate of " + rate.getKey() + " must be a positive number of " + currency);
            }
            if (rate.getKey().equals(currency)) {
                throw new RefusedValue(
                        "rates", "'rates' gives a rate for " + currency + ", the threshold's own currency");
            }
        }
    }
}
