package org.sanctag.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.sanctag.Candidate;
import org.sanctag.CategorySummary;
import org.sanctag.Passage;
import org.sanctag.Relevance;
import org.sanctag.RuleSetRef;
import org.sanctag.TagResult;

/**
 * The answer to {@code POST /tag}: the tagging result, with the request's id when it had one and
 * the explanation when it was asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagResponse(
        String id,
        boolean flagged,
        Relevance relevance,
        RuleSetRef ruleset,
        List<Passage> passages,
        List<CategorySummary> categories,
        List<Candidate> explanation) {

    static TagResponse of(String id, TagResult result) {
        return new TagResponse(
                id,
                result.flagged(),
                result.relevance(),
                result.ruleset(),
                result.passages(),
                result.categories(),
                result.explanation());
    }
}
