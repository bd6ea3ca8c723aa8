package org.sanctag.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name a,b,c} options of the report mains, with defaults. */
final class Args {

    private final Map<String, List<String>> values = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got '" + args[i] + "'");
            }
            values.put(args[i].substring(2), Arrays.asList(args[++i].split(",")));
        }
    }

    List<String> list(String name, List<String> otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    String value(String name, String otherwise) {
        List<String> given = values.get(name);
        return given == null ? otherwise : given.get(0);
    }
}
