package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifest the build generates (quarkus-kubernetes, {@code target/kubernetes/kubernetes.yml})
 * has what a cluster needs to run sanctag safely. An IT, since the manifest is written at package.
 */
class KubernetesManifestIT {

    private static JsonNode pod;
    private static JsonNode container;
    private static List<JsonNode> objects;

    @BeforeAll
    static void read() throws IOException {
        objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = new YAMLMapper()
                .readerFor(JsonNode.class)
                .readValues(Path.of("target/kubernetes/kubernetes.yml").toFile())) {
            documents.forEachRemaining(objects::add);
        }
        JsonNode deployment = objects.stream()
                .filter(o -> o.path("kind").asText().equals("Deployment"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment in kubernetes.yml"));
        pod = deployment.at("/spec/template/spec");
        assertEquals(1, pod.path("containers").size(), "one container");
        container = pod.path("containers").get(0);
    }

    @Test
    void probesPointAtTheHealthEndpoints() {
        assertEquals(
                "/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(
                "/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(8080, container.at("/readinessProbe/httpGet/port").asInt());
    }

    @Test
    void requestsAndLimitsCpuAndMemory() {
        assertEquals("512Mi", container.at("/resources/limits/memory").asText());
        assertFalse(container.at("/resources/limits/cpu").asText().isEmpty());
        assertFalse(container.at("/resources/requests/cpu").asText().isEmpty());
        assertEquals("512Mi", container.at("/resources/requests/memory").asText());
    }

    @Test
    void runsAsNonRootOnAReadOnlyRootWithoutPrivilegeEscalation() {
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals(185, pod.at("/securityContext/runAsUser").asInt(), "the Dockerfile's USER");
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText());
        assertEquals("/tmp", mountPath("tmp"), "the JVM and Vert.x write under /tmp: an emptyDir");
        assertTrue(volume("tmp").has("emptyDir"));
    }

    @Test
    void mountsTheRulesFromAConfigMapAsADirectoryAndPointsSanctagAtThem() {
        assertEquals("/rules", mountPath("rules"));
        JsonNode mount = mount("rules");
        assertTrue(mount.path("readOnly").asBoolean());
        assertTrue(mount.path("subPath").isMissingNode(), "a subPath mount would never see a ConfigMap update");
        assertEquals("sanctag-rules", volume("rules").at("/configMap/name").asText());
        assertEquals(0444, volume("rules").at("/configMap/defaultMode").asInt(), "readable by uid 185");
        String rulesFile = null;
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("SANCTAG_RULES_FILE")) {
                rulesFile = env.path("value").asText();
            }
        }
        assertEquals("/rules/rules.yaml", rulesFile);
    }

    @Test
    void givesTheDrainTimeToFinishAndHoldsOnlyPlainKubernetesObjects() {
        assertTrue(pod.path("terminationGracePeriodSeconds").asInt() > 10, "above quarkus.shutdown.timeout");
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            assertTrue(kind.equals("Deployment") || kind.equals("Service"), "unexpected " + kind);
        }
    }

    private static String mountPath(String name) {
        return mount(name).path("mountPath").asText();
    }

    private static JsonNode mount(String name) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("name").asText().equals(name)) {
                return mount;
            }
        }
        throw new AssertionError("no volume mount " + name);
    }

    private static JsonNode volume(String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }
}
