import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.sanctag.Tagger;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.LoadedRuleSets;
import org.sanctag.rules.RuleSetLoader;

/**
 * Retained heap of a built Tagger for several rule choices, two ways: JOL's total size of every
 * object reachable from the Tagger, and the growth of the heap in use after full collections while
 * it is held (use -XX:+UseParallelGC: under G1 humongous arrays take whole regions). The static
 * fold and shape caches of the text package are shared by every Tagger and counted by neither.
 * Run from the repository root with a bench jar on the class path:
 * java -XX:+UseParallelGC -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true \
 *     -cp bench/target/benchmarks.jar bench/ab/TaggerMemory.java [ENGLISH_ONLY_UN_FILE]
 */
public class TaggerMemory {

    static Object held;

    public static void main(String[] args) {
        // Load every class and fill the static caches first, so that the first row does not pay for them.
        Tagger.of(RuleSetLoader.bundledAll()).tag("Kim Jong Un’s Rolls-Royce 마이바흐를 迈巴赫 Майбах Luxuslimousine.");
        System.out.println("| rules | terms | JOL retained bytes | heap growth after GC |");
        System.out.println("| --- | ---: | ---: | ---: |");
        if (args.length > 0) {
            row("UN, English-only vocabulary (" + Path.of(args[0]).getFileName() + ")",
                    LoadedRuleSets.of(List.of(RuleSetLoader.fromFile(Path.of(args[0])))));
        }
        row("UN, bundled (every language)", LoadedRuleSets.of(List.of(RuleSetLoader.bundled())));
        row("all bundled rule sets (every language)", RuleSetLoader.bundledAll());
    }

    static void row(String name, LoadedRuleSets loaded) {
        long before = usedAfterGc();
        Tagger tagger = Tagger.of(loaded);
        held = tagger;
        long growth = usedAfterGc() - before;
        long jol = GraphLayout.parseInstance(tagger).totalSize();
        System.out.printf("| %s | %d | %,d | %,d |%n", name, tagger.termCount(), jol, growth);
        held = null;
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
