package org.sanctag.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.sanctag.result.Candidate;
import org.sanctag.result.CategorySummary;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.TagResult;

/**
 * The answer to {@code POST /tag}: the tagging result, with the request's id when it had one and
 * the explanation when it was asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagResponse(
        String id,
        boolean flagged,
        Relevance relevance,
        List<RuleSetRef> ruleset,
        List<Passage> passages,
        List<CategorySummary> categories,
        boolean truncated,
        List<Candidate> explanation) {

    public static TagResponse of(String id, TagResult result) {
        return new TagResponse(
                id,
                result.flagged(),
                result.relevance(),
                result.ruleset(),
                result.passages(),
                result.categories(),
                result.truncated(),
                result.explanation());
    }
}
