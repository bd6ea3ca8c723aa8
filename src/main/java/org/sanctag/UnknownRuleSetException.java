package org.sanctag;

import java.util.List;

/** A choice of rule sets that names one the tagger has not loaded; says which ones it has. */
public final class UnknownRuleSetException extends IllegalArgumentException {

    private final String id;
    private final List<String> known;

    UnknownRuleSetException(String id, List<String> known) {
        super("No rule set '" + id + "' is loaded; the loaded ones are " + String.join(", ", known) + ".");
        this.id = id;
        this.known = List.copyOf(known);
    }

    public String id() {
        return id;
    }

    public List<String> known() {
        return known;
    }
}
