package org.sanctag.result;

import java.util.List;

/**
 * A category of one rule set found in a document: its name, legal basis in that set and how many
 * passages mention it. The same category id answered by two sets is two summaries.
 */
public record CategorySummary(String id, String ruleset, String name, List<String> basis, int passages) {

    public CategorySummary {
        basis = List.copyOf(basis);
    }
}
