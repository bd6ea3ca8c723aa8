package org.sanctag.result;

import java.math.BigDecimal;

/**
 * A category with a value threshold, matched in a passage, and how the passage's stated money
 * compares with it.
 *
 * @param ruleset the rule set of the category
 * @param category the category id
 * @param outcome above, below, not stated or other currency
 * @param above the threshold: goods valued above it are listed
 * @param currency the threshold's ISO 4217 currency
 */
public record ThresholdCheck(
        String ruleset, String category, ThresholdOutcome outcome, BigDecimal above, String currency) {}
