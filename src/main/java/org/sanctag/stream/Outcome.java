package org.sanctag.stream;

/** What one article becomes: an answer for the output topic, or a dead letter naming the problem. */
sealed interface Outcome {

    /** The JSON {@code POST /tag} would have answered, byte for byte. */
    record Answer(byte[] json) implements Outcome {}

    /** The HTTP status and detail {@code POST /tag} would have answered with, for the same body. */
    record DeadLetter(int status, String detail) implements Outcome {}
}
