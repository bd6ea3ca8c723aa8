package org.sanctag.health;

import io.quarkus.info.runtime.spi.InfoContributor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.Tagger;
import org.sanctag.boot.RulesReloader;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetSummary;

/**
 * The {@code rules} part of {@code /q/info}, beside Quarkus's build, Java and OS parts: the serving
 * rule sets (each with id, version, digest, title and terms), the default choice, and whether the
 * rule file or directory is watched. Quarkus asks a contributor for its data once, at
 * start-up, so the map is a view that reads the serving rule set whenever it is written out, and
 * follows reloads.
 */
@ApplicationScoped
public class RulesInfo implements InfoContributor {

    private final ServingTagger serving;
    private final RulesReloader reloader;

    public RulesInfo(ServingTagger serving, RulesReloader reloader) {
        this.serving = serving;
        this.reloader = reloader;
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public Map<String, Object> data() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, Object>> entrySet() {
                return now().entrySet();
            }
        };
    }

    private Map<String, Object> now() {
        Tagger tagger = serving.current();
        List<Map<String, Object>> sets = new ArrayList<>();
        for (RuleSetSummary summary : tagger.ruleSets()) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("id", summary.id());
            set.put("version", summary.version());
            set.put("digest", summary.digest());
            set.put("title", summary.title());
            set.put("terms", summary.terms());
            sets.add(set);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rulesets", sets);
        data.put("default", tagger.defaults());
        data.put("watching", reloader.watched().<Object>map(Object::toString).orElse(false));
        return data;
    }
}
