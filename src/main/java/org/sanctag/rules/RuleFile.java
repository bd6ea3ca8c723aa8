package org.sanctag.rules;

/** A rule file read and checked on its own, its includes not yet resolved. */
record RuleFile(RuleFileParser.ParsedRuleFile parsed, String location, byte[] content) {

    String id() {
        return parsed.rules().id();
    }

    RuleSet rules() {
        return parsed.rules();
    }

    /** The line of a key, by its path in the file ({@code categories[2].include}). */
    int lineOf(String path) {
        return parsed.outline().lineOf(path);
    }
}
