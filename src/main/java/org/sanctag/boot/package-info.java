/**
 * Start-up: the typed configuration, and the one {@link org.sanctag.Tagger} built from the rule
 * file before the service takes its first request. A broken rule file stops start-up here.
 */
package org.sanctag.boot;
