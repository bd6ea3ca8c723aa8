package org.sanctag.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the {@code include}s of rule files read together: an id names one of those files, or
 * else a bundled rule set. A missing id, a category the included set lacks, a cycle, a rule id
 * that the inclusion makes appear twice, or an included set that is itself wrong are refused at
 * the line of the {@code include} (or of the rule) that brings the problem in.
 */
final class IncludeResolver {

    private final Map<String, RuleFile> files = new LinkedHashMap<>();
    private final Function<String, Optional<RuleFile>> bundled;
    private final Map<String, LoadedRuleSet> resolved = new HashMap<>();
    /** The sets being resolved, outermost first: an include of one of them is a cycle. */
    private final LinkedHashSet<String> resolving = new LinkedHashSet<>();

    IncludeResolver(List<RuleFile> read, Function<String, Optional<RuleFile>> bundled) {
        this.bundled = bundled;
        for (RuleFile file : read) {
            RuleFile first = files.putIfAbsent(file.id(), file);
            if (first != null) {
                throw new InvalidRuleFileException(
                        file.location(),
                        file.lineOf("id"),
                        "'id': rule-set id '" + file.id() + "' is also the id of " + first.location()
                                + "; rule-set ids must be unique among the files loaded together",
                        null);
            }
        }
    }

    /** Every file given, resolved, in the order given. */
    LoadedRuleSets resolveAll() {
        return LoadedRuleSets.of(files.values().stream().map(this::resolve).toList());
    }

    private LoadedRuleSet resolve(RuleFile file) {
        LoadedRuleSet done = resolved.get(file.id());
        if (done != null) {
            return done;
        }
        resolving.add(file.id());
        RuleSet raw = file.rules();
        Context context = raw.context();
        if (context.include() != null) {
            context = context.including(
                    included(file, "context.include", context.include()).rules().context());
        }
        List<Category> categories = new ArrayList<>(raw.categories().size());
        for (int c = 0; c < raw.categories().size(); c++) {
            Category category = raw.categories().get(c);
            if (category.include() != null) {
                String path = RuleFileOutline.child(RuleFileOutline.entry("categories", c), "include");
                LoadedRuleSet from = included(file, path, category.include());
                category = category.including(categoryOf(from, category.id(), file, path));
            } else {
                category = category.referredToBy(raw.references());
            }
            categories.add(category);
        }
        RuleSet rules = new RuleSet(
                raw.id(),
                raw.version(),
                raw.title(),
                raw.jurisdiction(),
                raw.sources(),
                context,
                raw.references(),
                categories);
        checkUniqueRuleIds(rules, file);
        List<String> includedDigests =
                rules.includes().stream().map(id -> resolved.get(id).digest()).toList();
        LoadedRuleSet loaded = new LoadedRuleSet(rules, file.location(), digest(file.content(), includedDigests));
        resolving.remove(file.id());
        resolved.put(file.id(), loaded);
        return loaded;
    }

    /** The resolved set that {@code file} includes at {@code path}. */
    private LoadedRuleSet included(RuleFile file, String path, String id) {
        int line = file.lineOf(path);
        if (resolving.contains(id)) {
            List<String> loop = new ArrayList<>(resolving);
            loop = new ArrayList<>(loop.subList(loop.indexOf(id), loop.size()));
            loop.add(id);
            throw new InvalidRuleFileException(
                    file.location(),
                    line,
                    id.equals(file.id())
                            ? "'include': the rule set includes itself"
                            : "'include': '" + id + "' closes a cycle of includes (" + String.join(" -> ", loop)
                                    + "); a rule set may not include itself, directly or not",
                    null);
        }
        LoadedRuleSet done = resolved.get(id);
        if (done != null) {
            return done;
        }
        RuleFile target =
                Optional.ofNullable(files.get(id)).or(() -> bundled.apply(id)).orElse(null);
        if (target == null) {
            List<String> known = new ArrayList<>(files.keySet());
            known.remove(file.id());
            RuleSetLoader.bundledIds().stream()
                    .filter(bundledId -> !known.contains(bundledId) && !bundledId.equals(file.id()))
                    .forEach(known::add);
            throw new InvalidRuleFileException(
                    file.location(),
                    line,
                    "'include': '" + id + "' is neither a rule set loaded with this one nor a bundled one; known: "
                            + String.join(", ", known),
                    null);
        }
        try {
            return resolve(target);
        } catch (InvalidRuleFileException e) {
            throw new InvalidRuleFileException(
                    file.location(), line, "'include': '" + id + "' cannot be used: " + e.getMessage(), e);
        }
    }

    private static Category categoryOf(LoadedRuleSet from, String id, RuleFile file, String path) {
        return from.rules().categories().stream()
                .filter(category -> category.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidRuleFileException(
                        file.location(),
                        file.lineOf(path),
                        "'include': '" + from.rules().id() + "' has no category '" + id + "'; its categories are "
                                + String.join(
                                        ", ",
                                        from.rules().categories().stream()
                                                .map(Category::id)
                                                .toList()),
                        null));
    }

    /**
     * A rule id stays unique in the set an inclusion makes: a clash is reported at the rule this file
     * writes, or at the include that brings the second one in.
     */
    private static void checkUniqueRuleIds(RuleSet rules, RuleFile file) {
        Map<String, String> seen = new HashMap<>();
        for (int c = 0; c < rules.categories().size(); c++) {
            Category category = rules.categories().get(c);
            String categoryPath = RuleFileOutline.entry("categories", c);
            List<Rule> own = file.rules().categories().get(c).rules();
            int firstOwn = category.rules().size() - own.size();
            for (int r = 0; r < category.rules().size(); r++) {
                String id = category.rules().get(r).id();
                String first = seen.putIfAbsent(id, category.id());
                if (first == null) {
                    continue;
                }
                boolean written = r >= firstOwn;
                String path = written
                        ? RuleFileOutline.child(
                                RuleFileOutline.entry(RuleFileOutline.child(categoryPath, "rules"), r - firstOwn), "id")
                        : RuleFileOutline.child(categoryPath, "include");
                throw new InvalidRuleFileException(
                        file.location(),
                        file.lineOf(path),
                        "'" + (written ? "id" : "include") + "': rule id '" + id + "' is then twice in the rule set"
                                + " (also in category '" + first + "'"
                                + (category.include() == null ? "" : ", with what '" + category.include() + "' gives")
                                + "); rule ids must be unique in the rule set, included rules too",
                        null);
            }
        }
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the file's bytes, followed, for each set it includes in
     * id order, by a line feed and that set's digest as written ({@code sha256:...}); a file that
     * includes nothing has the SHA-256 of its bytes alone (rules/README.md).
     */
    static String digest(byte[] content, List<String> includedDigests) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(content);
            for (String included : includedDigests) {
                sha256.update((byte) '\n');
                sha256.update(included.getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
