package org.sanctag;

/** A term occurrence together with the rule it is a term of. */
record GoodsHit(CompiledRules.CompiledRule rule, Occurrence occurrence) {

    String categoryId() {
        return rule.categoryId();
    }
}
