#!/usr/bin/env bash
# Starts a local Apache Kafka broker (KRaft, broker and controller in one JVM) from the same Maven
# artifacts the tests use, on 127.0.0.1:${1:-9092}, until Ctrl-C. Then, in another shell:
#   ./mvnw -B package -DskipTests
#   SANCTAG_STREAM_ENABLED=true KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 java -jar target/quarkus-app/quarkus-run.jar
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
port=${1:-9092}
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/kafka-classpath.txt
exec java -Xmx512m -cp "target/test-classes:$(cat target/kafka-classpath.txt)" org.sanctag.stream.LocalBroker "$port"
