package org.sanctag;
import java.lang.reflect.*;
import java.util.*;
import org.sanctag.text.Tokens;
/**
 * The stages of Tagger.tag for the engine of 3c66812 (its API), timed like stages/now; writes the
 * 64 texts of its MatchBenchmark workload (rules=real, 5KB, seed 42) to /tmp/speed/texts/ so that
 * stages/now can tag the same ones. See docs/PERFORMANCE.md (h).
 */
public class Stages {
    public static void main(String[] a) throws Exception {
        Class<?> w = Class.forName("org.sanctag.bench.Workload$AllSizes");
        Object wl = w.getConstructor().newInstance();
        w.getField("rules").set(wl, "real"); w.getField("text").set(wl, "5KB"); w.getField("seed").set(wl, 42L);
        w.getMethod("generate").invoke(wl);
        String[] texts = (String[]) w.getField("texts").get(wl);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("/tmp/speed/texts")); for (int k = 0; k < texts.length; k++) java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/speed/texts/" + k + ".txt"), texts[k]);
        Tagger tagger = Tagger.of(org.sanctag.rules.RuleSetLoader.bundled());
        Field f = Tagger.class.getDeclaredField("rules"); f.setAccessible(true); CompiledRules rules = (CompiledRules) f.get(tagger);
        f = Tagger.class.getDeclaredField("decider"); f.setAccessible(true); MatchDecider decider = (MatchDecider) f.get(tagger);
        f = Tagger.class.getDeclaredField("passages"); f.setAccessible(true); Passages passages = (Passages) f.get(tagger);
        String[] names = {"tokens","phrases","document","place+group","decide","signals","spans","passages"};
        long[] t = new long[names.length]; long bytes = 0;
        for (int round = 0; round < 400; round++) {
            if (round == 150) { Arrays.fill(t, 0); bytes = 0; }
            for (String text : texts) {
                bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                long t0 = System.nanoTime();
                char[] chars = text.toCharArray();
                Tokens tokens = Tokens.of(chars, rules.matcher().vocabulary());
                long t1 = System.nanoTime(); t[0] += t1 - t0;
                PhraseOccurrences found = PhraseOccurrences.find(rules, tokens);
                long t2 = System.nanoTime(); t[1] += t2 - t1;
                if (!found.anyGoodsTerm()) continue;
                Document document = Document.read(text, chars, tokens);
                long t3 = System.nanoTime(); t[2] += t3 - t2;
                List<Occurrence> occurrences = document.place(found);
                long t4 = System.nanoTime(); t[3] += t4 - t3;
                List<Decision> decisions = decider.decide(document, occurrences);
                List<GoodsHit> goods = decisions.stream().filter(Decision::accepted).map(Decision::hit).toList();
                long t5 = System.nanoTime(); t[4] += t5 - t4;
                Signals signals = Signals.of(occurrences, rules, document.sentenceCount());
                long t6 = System.nanoTime(); t[5] += t6 - t5;
                ReportedSpans spans = ReportedSpans.of(document);
                long t7 = System.nanoTime(); t[6] += t7 - t6;
                Passages.Built built = passages.build(goods, signals, spans);
                t[7] += System.nanoTime() - t7;
            }
        }
        double total = 0;
        for (int i = 0; i < names.length; i++) { System.out.printf("%-12s %6.2f ns/byte%n", names[i], (double) t[i] / bytes); total += (double) t[i] / bytes; }
        System.out.printf("%-12s %6.2f ns/byte%n", "total", total);
    }
}
