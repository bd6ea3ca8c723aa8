package org.sanctag.bench.engines;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a literal matcher (Aho-Corasick, regex) must search for to find a phrase's word sequence. */
final class LiteralForms {

    private LiteralForms() {}

    /**
     * The lower-case strings that find the words written with spaces or hyphens between them. Mixed
     * separators ("Kim Jong-un") and other dashes are not covered: that is what sanctag's tokenising
     * gives for free.
     */
    static Set<String> of(List<String> words) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join(" ", words));
        forms.add(String.join("-", words));
        return forms;
    }
}
