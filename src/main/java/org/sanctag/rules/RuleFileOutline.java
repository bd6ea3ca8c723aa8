package org.sanctag.rules;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * The line of every key and list entry of a rule file, by path ({@code categories[0].rules[1].within}),
 * read from its YAML events before the file is bound to records. Binding reports a refused value
 * only once it has read the whole mapping around it, so this is how a refusal names the line of
 * its key. The same pass refuses what binding would misread or silently drop: anchors and aliases
 * (bound as the alias's name), a key written twice, a second document, a file with nothing in it.
 */
final class RuleFileOutline {

    /** A mapping or list being read: its path, and which key or entry comes next. */
    private static final class Level {
        final String path;
        final boolean mapping;
        boolean atKey = true;
        String key;
        int entries;

        Level(String path, boolean mapping) {
            this.path = path;
            this.mapping = mapping;
        }
    }

    private final Map<String, Integer> lines = new HashMap<>();
    private final Deque<Level> open = new ArrayDeque<>();
    private final String file;
    private boolean seenRoot;

    private RuleFileOutline(String file) {
        this.file = file;
    }

    /** Reads the outline of {@code yaml}; {@code file} names it in refusals. */
    static RuleFileOutline read(String yaml, String file, LoaderOptions options) {
        RuleFileOutline outline = new RuleFileOutline(file);
        for (Event event : new Yaml(options).parse(new StringReader(yaml))) {
            outline.accept(event);
        }
        if (!outline.seenRoot) {
            throw new InvalidRuleFileException(file, 0, "the file is empty", null);
        }
        return outline;
    }

    private void accept(Event event) {
        if (event instanceof CollectionEndEvent) {
            open.pop();
            return;
        }
        if (!(event instanceof NodeEvent node)) {
            return;
        }
        int line = event.getStartMark().getLine() + 1;
        Level level = open.peek();
        String path;
        if (level == null) {
            path = root(node, line);
        } else if (level.mapping && level.atKey) {
            key(level, node, line);
            return;
        } else if (level.mapping) {
            path = child(level.path, level.key);
            level.atKey = true;
        } else {
            path = entry(level.path, level.entries++);
        }
        refuseAnchorOrAlias(node, path, line);
        lines.putIfAbsent(path, line);
        if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
            open.push(new Level(path, event instanceof MappingStartEvent));
        }
    }

    private String root(NodeEvent node, int line) {
        if (seenRoot) {
            throw new InvalidRuleFileException(
                    file, line, "holds a second YAML document; a rule file is one document", null);
        }
        // A document of comments, or one bare "---", is a single empty plain text.
        seenRoot = !(node instanceof ScalarEvent scalar && scalar.getValue().isEmpty() && scalar.isPlain());
        return "";
    }

    private void key(Level level, NodeEvent node, int line) {
        refuseAnchorOrAlias(node, level.path, line);
        if (!(node instanceof ScalarEvent scalar)) {
            throw new InvalidRuleFileException(file, line, "has a key that is not a plain word" + at(level.path), null);
        }
        String path = child(level.path, scalar.getValue());
        Integer first = lines.putIfAbsent(path, line);
        if (first != null) {
            throw new InvalidRuleFileException(
                    file,
                    line,
                    "'" + scalar.getValue() + "' is written twice in the same mapping (first on line " + first
                            + "); each key may appear once",
                    null);
        }
        level.key = scalar.getValue();
        level.atKey = false;
    }

    /** Binding would read an alias as the text of its name ("*car" as "car"), so both are refused. */
    private void refuseAnchorOrAlias(NodeEvent node, String path, int line) {
        String name = node.getAnchor();
        if (name == null) {
            return;
        }
        String what = (node instanceof AliasEvent ? "the alias *" : "the anchor &") + name;
        String key = keyOf(path);
        throw new InvalidRuleFileException(
                file,
                line,
                (key.isEmpty() ? "the file has " : "'" + key + "' has ") + what + ": YAML anchors and aliases (&" + name
                        + ", *" + name + ") are not supported; write the phrase out",
                null);
    }

    /**
     * The line of {@code path}, or of the nearest mapping or list around it that the file has:
     * a missing key is reported at the mapping that lacks it.
     */
    int lineOf(String path) {
        for (String candidate = path; ; candidate = parentOf(candidate)) {
            Integer line = lines.get(candidate);
            if (line != null) {
                return line;
            }
            if (candidate.isEmpty()) {
                return 0;
            }
        }
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String entry(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The key a path ends in, or the key of the list it is an entry of; "" for the whole file. */
    static String keyOf(String path) {
        String withoutEntries = path.replaceAll("(\\[\\d+])+$", "");
        return withoutEntries.substring(withoutEntries.lastIndexOf('.') + 1);
    }

    /** " (at categories[2].rules[0])": where in the file's structure, besides the line. */
    static String at(String path) {
        return path.isEmpty() ? "" : " (at " + path + ")";
    }
}
