/**
 * The wire contract: every type a client of sanctag sees, as {@code POST /tag} and {@code GET /rules}
 * answer with it (field names are the record components; enum constants are written by their
 * {@link org.sanctag.result.WireNamed#wireName() wire names}).
 *
 * <p>A change here is a change for every client: renaming or removing a component, or changing
 * what it means, breaks them; adding a component is compatible for clients that ignore unknown
 * fields. Make such a change on purpose, update README.md's field tables with it, and say so in
 * the commit.
 *
 * <p>Offsets in every record are Unicode code points, half-open {@code [start, end)}, so that
 * {@code text[start:end]} in a language that counts code points is exactly the reported text.
 *
 * <p>The package depends on nothing else of sanctag and on no framework: records, enums, no
 * annotations.
 */
package org.sanctag.result;
