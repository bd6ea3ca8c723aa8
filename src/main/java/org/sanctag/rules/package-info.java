/**
 * The only code that knows the rule-file syntax (documented in {@code rules/README.md}): the
 * immutable {@link org.sanctag.rules.RuleSet} and the loader that reads, checks and fingerprints
 * a rule file, failing with {@link org.sanctag.rules.InvalidRuleFileException} (file, line, key, what
 * is wrong) rather than ever yielding half a rule set.
 */
package org.sanctag.rules;
