package org.sanctag.amounts;

import java.math.BigDecimal;

/** Small arithmetic helpers shared by the readers. */
final class Numbers {

    private Numbers() {}

    /** The value without trailing zeros and without an exponent: 1.2 million is 1200000, not 1.2E+6. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
