/**
 * sanctag: finds the sentences of a news text that mention goods under a sanctions rule set.
 *
 * <p>{@link org.sanctag.Tagger} is the façade; it only conducts the stages of this package, each a
 * package-private class of its own:
 * <ol>
 *   <li>{@code CompiledRules}: the rule set compiled once into one phrase matcher and what each
 *       phrase stands for ({@link org.sanctag.PhraseCatalog} is its public, read-only list of
 *       phrases);</li>
 *   <li>the text is read once into words, folded and looked up in the rules' vocabulary as they
 *       are read ({@code text}: a Han or Kana letter is a word of its own, a Hangul word not in
 *       the vocabulary is looked up again without its particle, any other unknown word as a
 *       compound of a known head; stems in the rule file are spelt out at compile time), and one pass of the word trie ({@code match}) collects every phrase
 *       in {@code PhraseOccurrences}; a text without a goods term stops there;</li>
 *   <li>{@code Document} splits it into sentences and places the occurrences in them;</li>
 *   <li>{@code MatchDecider} gives every candidate a verdict: exclusions and after, near / not_near,
 *       weak terms, then {@code LongestMatch};</li>
 *   <li>{@code Signals} rates each sentence's relevance from the jurisdiction and transfer signals;</li>
 *   <li>{@code Passages} builds the passages and category summaries, and {@code Explanations} the
 *       reason for every verdict, both through {@code ReportedSpans}, the one place that turns
 *       engine spans into the code point offsets the results report.</li>
 * </ol>
 *
 * <p>Offsets: inside the engine, UTF-16 indices into the original text; in every result record
 * ({@code org.sanctag.result}, the wire contract), Unicode code point offsets, half-open.
 *
 * <p>Dependencies point one way: {@code api -> org.sanctag -> {result, rules, match -> text}};
 * {@code ArchitectureTest} checks it.
 */
package org.sanctag;
