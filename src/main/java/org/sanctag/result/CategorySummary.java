package org.sanctag.result;

import java.util.List;

/** A category found in a document: its name, legal basis and how many passages mention it. */
public record CategorySummary(String id, String name, List<String> basis, int passages) {

    public CategorySummary {
        basis = List.copyOf(basis);
    }
}
