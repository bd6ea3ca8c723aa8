# Container image for sanctag, built from the Quarkus fast-jar.
#
# Build (from the repository root, after `./mvnw -B package`):
#   podman build -t sanctag .          # or: docker build -t sanctag .
# Without registry access, build on a local JRE 17 image instead:
#   podman build --build-arg BASE_IMAGE=localhost/debian-jre17:local -t sanctag .
#
# Run:
#   podman run --rm -p 127.0.0.1:8080:8080 sanctag
#
# Rules: the bundled rule set is inside the application (classpath rules/un-dprk-luxury.yaml).
# To use another rule file, mount it and point the config property sanctag.rules.file at it
# through its environment variable:
#   podman run --rm -p 127.0.0.1:8080:8080 \
#     -v "$PWD/my-rules.yaml:/rules/custom.yaml:ro" \
#     -e SANCTAG_RULES_FILE=/rules/custom.yaml sanctag
# A rule file that does not load stops start-up (non-zero exit, file name in the log), so a
# bad file never serves traffic.
#
# JVM flags: add them with JDK_JAVA_OPTIONS (read by the java launcher itself), e.g.
#   -e JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=50 -Dquarkus.log.level=DEBUG"

# Any JRE 17 image works: the entrypoint only needs `java` on the PATH (UBI openjdk-17-runtime,
# eclipse-temurin:17-jre, or a plain Debian with openjdk-17-jre-headless).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}

WORKDIR /deployments

# Java 17 takes its default charset from the locale; a base without one would mean ASCII.
ENV LANG=C.UTF-8

# Four layers, least to most frequently changed, so a code change only rebuilds the small ones.
# Owned by uid 185, group 0: the conventional Quarkus/UBI uid, and group 0 lets platforms that
# run images under an arbitrary uid in group root (OpenShift) read the files too.
COPY --chown=185:0 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185:0 target/quarkus-app/*.jar /deployments/
COPY --chown=185:0 target/quarkus-app/app/ /deployments/app/
COPY --chown=185:0 target/quarkus-app/quarkus/ /deployments/quarkus/

# Numeric, so it works on base images that have no user 185 in /etc/passwd and so that
# runAsNonRoot checks can verify it without reading the image's passwd file.
USER 185

EXPOSE 8080

# Exec form: java is PID 1 and receives SIGTERM itself, so `stop` runs Quarkus' graceful
# shutdown instead of waiting for the kill timeout. No wrapper script (UBI's run-java.sh exists
# only on UBI images).
# MaxRAMPercentage sizes the heap from the container's memory limit rather than the host's RAM.
# Xmn64m: a 5 KB request allocates a few hundred KB, and the young generation the JVM picks in a
# small container is a few MB, so it collected every few dozen requests; 64 MB cut POST /tag's p99
# at 64 connections from 30 ms to 9 ms for about 55 MB more RSS (docs/PERFORMANCE.md).
# Binding 0.0.0.0 is needed inside the container; publish the port on loopback from outside.
ENTRYPOINT ["java", \
            "-XX:MaxRAMPercentage=75.0", \
            "-Xmn64m", \
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", \
            "-Dquarkus.http.host=0.0.0.0", \
            "-jar", "/deployments/quarkus-run.jar"]
