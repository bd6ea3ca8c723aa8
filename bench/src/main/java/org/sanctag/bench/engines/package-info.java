/**
 * One class per way of finding phrases, behind {@link org.sanctag.bench.engines.Engine}: sanctag's
 * full path and its raw matching step, Lucene Monitor, two Aho-Corasick automata and a regex. Each
 * class's Javadoc gives its configuration and what it cannot express of sanctag.
 */
package org.sanctag.bench.engines;
