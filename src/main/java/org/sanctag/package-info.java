/**
 * sanctag: finds the sentences of a news text that mention goods under a sanctions rule set.
 *
 * <p>The flow, all in {@link org.sanctag.Tagger#tag(String)}: the text is read once into words,
 * folded and looked up in the rules' vocabulary as they are read ({@code text}); one pass of the
 * word trie finds every phrase of the rule set ({@code match}); a text without a goods term stops
 * there. Otherwise it is split into sentences, {@code MatchDecider} applies exclusions, after,
 * near/not_near context, weak terms and longest-match, recording a verdict for every candidate;
 * {@code Signals} rates each sentence's relevance from the jurisdiction and transfer signals; the
 * sentences with accepted matches become {@link org.sanctag.Passage}s, and with
 * {@link org.sanctag.Tagger#explain(String)} every verdict becomes a {@link org.sanctag.Candidate}.
 *
 * <p>Offsets: inside the engine, UTF-16 indices into the original text; in every result record,
 * Unicode code point offsets, half-open {@code [start, end)}, so that {@code text[start:end]} in a
 * language that counts code points is exactly the reported text.
 *
 * <p>Dependencies point one way: {@code api -> org.sanctag -> {rules, match -> text}}.
 */
package org.sanctag;
