package org.sanctag.health;

import io.quarkus.info.runtime.spi.InfoContributor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sanctag.Tagger;
import org.sanctag.boot.RulesReloader;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetRef;

/**
 * The {@code rules} part of {@code /q/info}, beside Quarkus's build, Java and OS parts: the serving
 * rule set and whether its file is watched. Quarkus asks a contributor for its data once, at
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
        RuleSetRef ref = tagger.ruleSetRef();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", ref.id());
        data.put("version", ref.version());
        data.put("digest", ref.digest());
        data.put("title", tagger.ruleSet().title());
        data.put("terms", tagger.termCount());
        data.put("watching", reloader.watched().<Object>map(Object::toString).orElse(false));
        return data;
    }
}
