import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A/B of Tagger.tag across bench jars in ONE JVM, each in its own class loader, run in alternating
 * slices; CPU time of the thread per byte (robust to a loaded machine), and wall time too.
 * Run from the repository root with bench jars built at the commits to compare (bench/run.sh, then copy
 * bench/target/benchmarks.jar aside). usage: java bench/ab/AB.java LANG ROUNDS SLICE_MS jar1 jar2 ...
 * LANG: en = MatchBenchmark's 5KB real texts, each jar generating its own (its JMH workload: terms are
 * planted from its own rule file, so a multilingual file plants Hangul and Cyrillic terms too);
 * en-same = the texts the FIRST jar generates, tagged by every jar (the same English articles for all);
 * ko ja zh ru = the eval corpus of that language, each article repeated to about 5 KB.
 * A jar may be given as JAR@RULES: that engine is built from the rule file RULES (for en through
 * -Dsanctag.bench.rules, set while it loads), not from the bundled rules; the same jar may then be
 * named twice, with two rule files.
 * Besides each jar's median, the paired ratio (the same round, adjacent slices) of each jar's CPU
 * time per byte against the first jar's: median and quartiles over the rounds.
 */
public class AB {
    static volatile Object sink;

    record Engine(String name, Object tagger, Method tag, String[] texts, long[] bytes) {}

    public static void main(String[] a) throws Exception {
        String lang = a[0];
        int rounds = Integer.parseInt(a[1]);
        long sliceNs = Long.parseLong(a[2]) * 1_000_000L;
        List<Engine> engines = new ArrayList<>();
        String[] shared = null;
        for (int i = 3; i < a.length; i++) {
            // en-same: only the first jar generates texts; the others build their engine from the
            // rule file the workload would read (so a jar whose bench code is older still loads)
            Engine engine = load(a[i], lang.equals("en-same") ? (shared == null ? "en" : "en-rules") : lang);
            if (lang.equals("en-same")) {
                if (shared == null) shared = engine.texts;
                long[] bytes = Arrays.stream(shared).mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).toArray();
                engine = new Engine(engine.name, engine.tagger, engine.tag, shared, bytes);
            }
            engines.add(engine);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int warm = Math.max(4, rounds / 3);
        double[][] cpuNsPerByte = new double[engines.size()][rounds];
        double[][] wallNsPerByte = new double[engines.size()][rounds];
        for (int r = -warm; r < rounds; r++) {
            for (int e = 0; e < engines.size(); e++) {
                int ei = (r & 1) == 0 ? e : engines.size() - 1 - e; // alternate the order
                Engine engine = engines.get(ei);
                long bytes = 0;
                int next = 0;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long wall;
                do {
                    for (int k = 0; k < 16; k++) {
                        int idx = next++ % engine.texts.length;
                        sink = engine.tag.invoke(engine.tagger, engine.texts[idx]);
                        bytes += engine.bytes[idx];
                    }
                    wall = System.nanoTime() - wall0;
                } while (wall < sliceNs);
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                if (r >= 0) {
                    cpuNsPerByte[ei][r] = (double) cpu / bytes;
                    wallNsPerByte[ei][r] = (double) wall / bytes;
                }
            }
        }
        double base = 0;
        for (int e = 0; e < engines.size(); e++) {
            double[] c = cpuNsPerByte[e].clone();
            double[] w = wallNsPerByte[e].clone();
            Arrays.sort(c);
            Arrays.sort(w);
            double cpuMed = c[rounds / 2];
            if (e == 0) base = cpuMed;
            System.out.printf(
                    "%-4s %-22s CPU MB/s median %6.1f (q1 %6.1f, q3 %6.1f)  wall MB/s median %6.1f   vs first %+6.1f %%%n",
                    lang, engines.get(e).name, 1000 / cpuMed, 1000 / c[rounds * 3 / 4], 1000 / c[rounds / 4],
                    1000 / w[rounds / 2], (base / cpuMed - 1) * 100);
        }
        for (int e = 1; e < engines.size(); e++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) ratio[r] = cpuNsPerByte[e][r] / cpuNsPerByte[0][r];
            Arrays.sort(ratio);
            System.out.printf(
                    "%-4s %-22s CPU time per byte / first's, paired by round: median %.3f (q1 %.3f, q3 %.3f, min %.3f, max %.3f)%n",
                    lang, engines.get(e).name, ratio[rounds / 2], ratio[rounds / 4], ratio[rounds * 3 / 4], ratio[0], ratio[rounds - 1]);
        }
    }

    static Engine load(String spec, String lang) throws Exception {
        String jar = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
        String rules = spec.contains("@") ? spec.substring(spec.indexOf('@') + 1) : null;
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> loadedType = loader.loadClass("org.sanctag.rules.LoadedRuleSet");
        Class<?> taggerType = loader.loadClass("org.sanctag.Tagger");
        Method of = taggerType.getMethod("of", loadedType);
        Method tag = taggerType.getMethod("tag", String.class);
        Object tagger;
        List<String> texts = new ArrayList<>();
        if (lang.equals("en")) {
            Class<?> w = loader.loadClass("org.sanctag.bench.Workload$AllSizes");
            Object workload = w.getConstructor().newInstance();
            w.getField("rules").set(workload, "real");
            w.getField("text").set(workload, "5KB");
            w.getField("seed").set(workload, 42L);
            if (rules != null) System.setProperty("sanctag.bench.rules", rules);
            try {
                w.getMethod("generate").invoke(workload);
            } finally {
                if (rules != null) System.clearProperty("sanctag.bench.rules");
            }
            texts.addAll(Arrays.asList((String[]) w.getField("texts").get(workload)));
            Object ruleSet = w.getField("ruleSet").get(workload);
            Object loaded = ruleSet.getClass().getMethod("loaded").invoke(ruleSet);
            tagger = of.invoke(null, loaded);
        } else if (lang.equals("en-rules")) {
            Class<?> ruleSetLoader = loader.loadClass("org.sanctag.rules.RuleSetLoader");
            Object loaded = rules == null
                    ? ruleSetLoader.getMethod("bundled").invoke(null)
                    : ruleSetLoader.getMethod("fromFile", Path.class).invoke(null, Path.of(rules));
            tagger = of.invoke(null, loaded);
        } else {
            Class<?> ruleSetLoader = loader.loadClass("org.sanctag.rules.RuleSetLoader");
            Object loaded = rules == null
                    ? ruleSetLoader.getMethod("bundled").invoke(null)
                    : ruleSetLoader.getMethod("fromFile", Path.class).invoke(null, Path.of(rules));
            tagger = of.invoke(null, loaded);
            for (String split : List.of("tuning", "heldout")) {
                try (var files = Files.list(Path.of("src/test/resources/eval", lang, split))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        String article = Files.readString(f);
                        StringBuilder t = new StringBuilder(article);
                        while (t.toString().getBytes(StandardCharsets.UTF_8).length < 5 * 1024) t.append("\n\n").append(article);
                        texts.add(t.toString());
                    }
                }
            }
        }
        long[] bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).toArray();
        tag.setAccessible(true);
        String name = Path.of(jar).getFileName() + (rules == null ? "" : "@" + Path.of(rules).getFileName());
        return new Engine(name, tagger, tag, texts.toArray(String[]::new), bytes);
    }
}
