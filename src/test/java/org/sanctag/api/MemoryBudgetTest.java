package org.sanctag.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    @Test
    void grantsClaimsThatFitAndRefusesOneThatWouldOverdrawIt() {
        MemoryBudget budget = new MemoryBudget(100);
        assertTrue(budget.tryClaim(60));
        assertTrue(budget.tryClaim(40));
        assertFalse(budget.tryClaim(1));
        budget.release(40);
        assertTrue(budget.tryClaim(30));
    }

    @Test
    void grantsAClaimLargerThanTheWholeBudgetOnlyWhenNothingElseRuns() {
        MemoryBudget budget = new MemoryBudget(100);
        assertTrue(budget.tryClaim(10));
        assertFalse(budget.tryClaim(500));
        budget.release(10);
        assertTrue(budget.tryClaim(500));
        assertFalse(budget.tryClaim(1));
    }
}
