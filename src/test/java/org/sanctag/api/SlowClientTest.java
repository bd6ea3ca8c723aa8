package org.sanctag.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clients that stall are disconnected: one that never finishes its headers, one that never sends
 * the body it announced. The timeouts are 2 s here instead of the shipped 20 s, to keep the test short.
 */
@QuarkusTest
@TestProfile(SlowClientTest.ShortTimeouts.class)
class SlowClientTest {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s", "quarkus.http.read-timeout", "2s");
        }
    }

    @Test
    void aClientThatNeverFinishesItsHeadersIsDisconnected() throws IOException {
        assertClosedWithin(10_000, "POST /tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/pl");
    }

    @Test
    void aClientThatNeverSendsItsBodyIsDisconnected() throws IOException {
        assertClosedWithin(
                10_000,
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nKim");
    }

    /** Sends the start of a request, then waits: the server must close the connection by itself. */
    private static void assertClosedWithin(int millis, String start) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long began = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read;
            try {
                do {
                    read = in.read();
                } while (read != -1);
            } catch (SocketException reset) {
                read = -1;
            }
            long waited = (System.nanoTime() - began) / 1_000_000;
            assertEquals(-1, read);
            assertTrue(waited < millis, "closed after " + waited + " ms");
        }
    }
}
