package org.sanctag.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@code GET /rules} again, against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class RulesResourceIT extends RulesResourceTest {}
