package org.sanctag.amounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value threshold of a category, as its list states it ("snowmobiles valued greater than USD
 * 2,000"), and the comparison of the money a passage states with it.
 *
 * <p>The lists say "greater than" (UN resolutions 2270 and 2321: "valued greater than"), so a value
 * equal to the threshold is not above it: USD 2,000 for a snowmobile is {@link Outcome#BELOW}.
 * A sum in another currency is converted only with a rate the rule file gives; without one the
 * outcome is {@link Outcome#OTHER_CURRENCY}, never a guess.
 *
 * @param amount the threshold: values strictly greater are above it
 * @param currency its ISO 4217 code
 * @param rates units of {@code currency} per one unit of another currency, by that currency's code
 */
public record Threshold(BigDecimal amount, String currency, Map<String, BigDecimal> rates) {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    /** How the money a passage states compares with a threshold. */
    public enum Outcome {
        /** A stated value, converted where needed, is greater than the threshold. */
        ABOVE,
        /** Every value that could be compared is at or below the threshold. */
        BELOW,
        /** The passage states no sum of money. */
        NOT_STATED,
        /** The passage states money only in currencies the rule file gives no rate for. */
        OTHER_CURRENCY,
        /** The money it could compare is only bounds that leave the question open ("more than $1,000"). */
        UNDECIDED
    }

    public Threshold {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a threshold is a positive amount, not " + amount);
        }
        if (!ISO_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("a currency is a three-letter ISO 4217 code, not '" + currency + "'");
        }
        rates = Map.copyOf(rates);
        rates.forEach((code, rate) -> {
            if (!ISO_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException(
                        "a rate is keyed by a three-letter ISO 4217 code, not '" + code + "'");
            }
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("the rate of " + code + " must be positive, not " + rate);
            }
        });
    }

    /** The value in the threshold's currency, or null when there is no rate for its currency. */
    public BigDecimal convert(BigDecimal value, String valueCurrency) {
        if (valueCurrency.equals(currency)) {
            return value;
        }
        BigDecimal rate = rates.get(valueCurrency);
        return rate == null ? null : value.multiply(rate);
    }

    /**
     * The outcome for the money among {@code amounts} (counts are ignored): above if any stated
     * value is above (a passage may give a total and a price; a screen should not miss the higher),
     * below if values could be compared and none is above, undecided if the only values are bounds
     * that leave it open, otherwise other currency or not stated. "More than $500" is above a
     * threshold of 500; "less than $3,000" says nothing about one of 2,000.
     */
    public Outcome compare(List<Amount> amounts) {
        boolean money = false;
        boolean converted = false;
        boolean below = false;
        for (Amount amount : amounts) {
            if (amount.kind() != Amount.Kind.MONEY) {
                continue;
            }
            money = true;
            BigDecimal value = convert(amount.value(), amount.currency());
            if (value == null) {
                continue;
            }
            converted = true;
            int against = value.compareTo(this.amount);
            boolean above = switch (amount.bound()) {
                case EXACT, AT_LEAST -> against > 0;
                case MORE_THAN -> against >= 0;
                case LESS_THAN, AT_MOST -> false;
            };
            if (above) {
                return Outcome.ABOVE;
            }
            below |= switch (amount.bound()) {
                case EXACT, AT_MOST, LESS_THAN -> against <= 0;
                case MORE_THAN, AT_LEAST -> false;
            };
        }
        if (below) {
            return Outcome.BELOW;
        }
        return converted ? Outcome.UNDECIDED : money ? Outcome.OTHER_CURRENCY : Outcome.NOT_STATED;
    }
}
