package org.sanctag.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table lists every {@code sanctag.*} property of {@link SanctagConfig}, with
 * its environment variable and its real default, and no property that does not exist.
 */
class ConfigurationTableTest {

    /** {@code | `sanctag.x.y` (`SANCTAG_X_Y`) | default | meaning |} */
    private static final Pattern ROW =
            Pattern.compile("^\\| `(sanctag\\.[a-z.-]+)` \\(`([A-Z_]+)`\\) \\| ([^|]+) \\|", Pattern.MULTILINE);

    /** A property of the mapping and its default, or null when it has none. */
    private record Property(String name, String defaultValue) {}

    @Test
    void readmeListsEveryPropertyWithItsEnvironmentVariableAndDefault() throws IOException {
        Map<String, Property> properties = new TreeMap<>();
        collect(
                SanctagConfig.class,
                SanctagConfig.class.getAnnotation(ConfigMapping.class).prefix(),
                properties);
        Map<String, String[]> rows = readmeRows();

        assertEquals(properties.keySet(), rows.keySet(), "README's configuration table against SanctagConfig");
        properties.values().forEach(property -> {
            String[] row = rows.get(property.name());
            assertEquals(environmentVariable(property.name()), row[0], property.name() + ": environment variable");
            if (property.defaultValue() != null) {
                assertEquals("`" + property.defaultValue() + "`", row[1], property.name() + ": default");
            } else {
                assertTrue(!row[1].startsWith("`"), property.name() + " has no default, but README gives one");
            }
        });
    }

    private static void collect(Class<?> group, String prefix, Map<String, Property> into) {
        for (Method method : group.getDeclaredMethods()) {
            WithName renamed = method.getAnnotation(WithName.class);
            String name = prefix + "." + (renamed != null ? renamed.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getEnclosingClass() == SanctagConfig.class) {
                collect(type, name, into);
            } else {
                WithDefault withDefault = method.getAnnotation(WithDefault.class);
                assertNull(into.put(name, new Property(name, withDefault == null ? null : withDefault.value())));
            }
        }
    }

    private static Map<String, String[]> readmeRows() throws IOException {
        Matcher matcher = ROW.matcher(Files.readString(Path.of("README.md")));
        Map<String, String[]> rows = new TreeMap<>();
        while (matcher.find()) {
            rows.put(
                    matcher.group(1),
                    new String[] {matcher.group(2), matcher.group(3).strip()});
        }
        return rows;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String environmentVariable(String property) {
        return property.replaceAll("[.-]", "_").toUpperCase(Locale.ROOT);
    }
}
