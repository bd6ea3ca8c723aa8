package org.sanctag.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The NDJSON batch tests again, against the packaged application (target/quarkus-app). */
@QuarkusIntegrationTest
class NdjsonBatchIT extends NdjsonBatchTest {}
