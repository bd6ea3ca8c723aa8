package org.sanctag.boot;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimitsCheckTest {

    @Test
    void acceptsABodyLimitAtOrBelowQuarkusCap() {
        assertNull(LimitsCheck.problem(1 << 20, 16 << 20));
        assertNull(LimitsCheck.problem(16 << 20, 16 << 20));
    }

    @Test
    void refusesABodyLimitAboveQuarkusCapNamingBothProperties() {
        String problem = LimitsCheck.problem(32 << 20, 16 << 20);
        assertTrue(
                problem.startsWith("sanctag.limits.max-body-size (33554432 bytes) is above "
                        + "quarkus.http.limits.max-body-size (16777216 bytes)"),
                problem);
    }
}
