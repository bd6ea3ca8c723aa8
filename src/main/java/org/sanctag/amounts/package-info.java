/**
 * Amounts stated in a text: sums of money with their ISO 4217 currency ({@code US$14,160},
 * {@code €1.2 million}, {@code 3억2천만원}, {@code 2 millions d'euros}) and counts of things with
 * where the counted words stand ({@code 90,000 bottles}, {@code two Maybach limousines}, {@code 2대},
 * {@code 两辆}), and the comparison of money with a category's value {@link
 * org.sanctag.amounts.Threshold}.
 *
 * <p>{@link org.sanctag.amounts.AmountFinder} is the entry; each job is a small class of its own:
 * {@code DigitNumbers} (digits in each language's convention), {@code EastAsianNumerals} (万, 억,
 * Han digits), {@code NumberWords}, {@code Magnitudes}, {@code Currencies}, {@code Counters},
 * {@code NotCounts} (years, dates, references, model names), {@code CountedWords}.
 *
 * <p>Offsets are UTF-16 indices into the text given, half-open, as {@code org.sanctag.text} hands
 * them out; the engine turns them into code points. The package knows nothing of rules and uses
 * no other package of sanctag but {@code org.sanctag.text}.
 */
package org.sanctag.amounts;
