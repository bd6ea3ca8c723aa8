package org.sanctag.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name a,b,c} options of the report mains, with defaults, and bare {@code --flag} switches. */
final class Args {

    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs or --flag, got '" + args[i] + "'");
            }
            if (i + 1 == args.length || args[i + 1].startsWith("--")) {
                flags.add(args[i].substring(2));
            } else {
                values.put(args[i].substring(2), Arrays.asList(args[++i].split(",")));
            }
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> list(String name, List<String> otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    String value(String name, String otherwise) {
        List<String> given = values.get(name);
        return given == null ? otherwise : given.get(0);
    }
}
