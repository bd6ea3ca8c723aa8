/**
 * Start-up and the rules' life after it: the typed configuration; the serving {@link
 * org.sanctag.Tagger}, built from the rule file before the service takes its first request (a
 * broken rule file stops start-up here); and its reload when the file changes, built beside the
 * serving engine by the same {@link org.sanctag.boot.TaggerBuilder} and swapped in only once it
 * has compiled.
 */
package org.sanctag.boot;
