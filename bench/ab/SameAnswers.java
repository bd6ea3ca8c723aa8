import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether two bench jars give the same answers: every text of the evaluation corpus
 * (src/test/resources/eval, every language, as written and repeated to about 5 KB) and the 5KB
 * workload of MatchBenchmark, tagged with every bundled rule set by each jar's Tagger, with and
 * without explain; the answers (records, so toString shows every field) are compared one by one.
 * A speed change that keeps behaviour must print "same". Run from the repository root:
 * java bench/ab/SameAnswers.java old.jar new.jar
 */
public class SameAnswers {

    public static void main(String[] a) throws Exception {
        List<String> texts = texts(a[0]);
        List<String> first = answers(a[0], texts);
        List<String> second = answers(a[1], texts);
        int differ = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (!first.get(i).equals(second.get(i))) {
                if (differ++ < 3) {
                    System.out.println("differs on text " + i + ":\n  " + first.get(i) + "\n  " + second.get(i));
                }
            }
        }
        System.out.println(differ == 0 ? "same: " + texts.size() + " answers" : differ + " of " + texts.size() + " answers differ");
        System.exit(differ == 0 ? 0 : 1);
    }

    static List<String> texts(String jar) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/test/resources/eval"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String article = Files.readString(f);
                texts.add(article);
                StringBuilder t = new StringBuilder(article);
                while (t.length() < 5 * 1024) t.append("\n\n").append(article);
                texts.add(t.toString());
            }
        }
        URLClassLoader loader = loader(jar);
        Class<?> w = loader.loadClass("org.sanctag.bench.Workload$AllSizes");
        Object workload = w.getConstructor().newInstance();
        w.getField("rules").set(workload, "real");
        w.getField("text").set(workload, "5KB");
        w.getField("seed").set(workload, 42L);
        w.getMethod("generate").invoke(workload);
        texts.addAll(Arrays.asList((String[]) w.getField("texts").get(workload)));
        return texts;
    }

    static List<String> answers(String jar, List<String> texts) throws Exception {
        URLClassLoader loader = loader(jar);
        Class<?> loadedType = loader.loadClass("org.sanctag.rules.LoadedRuleSets");
        Class<?> taggerType = loader.loadClass("org.sanctag.Tagger");
        Object loaded = loader.loadClass("org.sanctag.rules.RuleSetLoader")
                .getMethod("bundledAll")
                .invoke(null);
        Object tagger = taggerType.getMethod("of", loadedType).invoke(null, loaded);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) taggerType.getMethod("ruleSetIds").invoke(tagger);
        Method tag = taggerType.getMethod("tag", String.class, List.class, boolean.class);
        List<String> answers = new ArrayList<>();
        for (String text : texts) {
            answers.add(tag.invoke(tagger, text, ids, true) + "\n" + tag.invoke(tagger, text, List.of(), false));
        }
        return answers;
    }

    static URLClassLoader loader(String jar) throws Exception {
        return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
