/**
 * The matching algorithm and nothing else: phrases in, occurrences out. No HTTP, no files, no
 * rule semantics.
 *
 * <p>{@link org.sanctag.match.PhraseMatcher} is a trie over whole words, built once. Scanning a
 * run of words costs at most one map look-up per word and phrase length, whatever the number of
 * phrases, so the time grows with the text, not with the rule set.
 */
package org.sanctag.match;
