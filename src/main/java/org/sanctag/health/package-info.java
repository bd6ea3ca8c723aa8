/** Health checks: the service is ready once its rule set is loaded and compiled. */
package org.sanctag.health;
