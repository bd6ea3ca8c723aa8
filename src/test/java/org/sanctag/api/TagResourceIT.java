package org.sanctag.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The API tests again, against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class TagResourceIT extends TagResourceTest {}
