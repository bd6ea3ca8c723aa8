package org.sanctag.rules;

/**
 * A value a rule-file record refuses, with the key it belongs to (and the entry, in a list), so
 * the parser can name the line of that key rather than the end of the mapping around it.
 */
final class RefusedValue extends IllegalArgumentException {

    private final String key;
    private final int entry;

    RefusedValue(String key, int entry, String problem) {
        super(problem);
        this.key = key;
        this.entry = entry;
    }

    RefusedValue(String key, String problem) {
        this(key, -1, problem);
    }

    String key() {
        return key;
    }

    /** The 0-based entry of the list under {@link #key()} that is wrong, or -1 for the key itself. */
    int entry() {
        return entry;
    }
}
