/**
 * Text handling that knows nothing of rules: folding for comparison, word tokens, sentences.
 *
 * <p>Every offset this package hands out points into the <em>original</em> text as UTF-16 indices
 * (Java {@code String} indices), half-open {@code [start, end)}, whatever folding did to the length.
 * {@link org.sanctag.text.CodePointIndex} turns them into the code point offsets the API promises.
 */
package org.sanctag.text;
