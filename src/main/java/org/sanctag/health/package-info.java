/**
 * What an operator asks of the running service: readiness (the rule set is loaded and compiled),
 * the last reload of the rule file ({@code /q/health}, a wellness check, so the probes stay up while
 * the last good rules serve), and the serving rule set in {@code /q/info}.
 */
package org.sanctag.health;
