package org.sanctag.bench.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sanctag.PhraseCatalog;

/**
 * Lucene Monitor 9.11.1 ("stored queries, streamed documents"), configured as its package
 * documentation describes: {@code new Monitor(analyzer)}, so the query index is in memory
 * (ByteBuffersDirectory), the presearcher is the default {@code TermFilteredPresearcher}, the
 * default {@code MonitorConfiguration} (query buffer 5000, purge every 5 minutes), matching on the
 * calling thread (no {@code ParallelMatcher}, as the benchmark is single-threaded). The analyzer is
 * {@link ICUTokenizer} + {@link ICUFoldingFilter} (case, accents and compatibility forms, close to
 * sanctag's folding). One {@link MonitorQuery} per phrase: a {@link TermQuery} for one word, a
 * {@link PhraseQuery} for several, and a {@link BooleanQuery} of SHOULD clauses when the phrase
 * has variants (plural, closed compound), each variant analysed by the same analyzer. Each text is
 * one {@link Document} with one {@link TextField}; matched with {@link HighlightsMatch#MATCHER} to
 * get offsets; the hit count is the sum of {@link HighlightsMatch#getHitCount()}.
 *
 * <p>What it cannot express of sanctag: UAX#29 word breaks keep "Kim's" and "D.P.R.K" as single
 * tokens, so possessives and dotted acronyms do not match their phrase; no sentences (a phrase
 * query can run across a sentence end), no near/not_near windows, exclusions, weak terms or
 * relevance without custom code around it.
 */
public final class LuceneMonitor implements Engine {

    static final String FIELD = "text";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream folded = new ICUFoldingFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, folded);
        }
    };
    private final Monitor monitor;
    private final int queryCount;

    public LuceneMonitor(PhraseCatalog vocabulary) {
        try {
            this.monitor = new Monitor(analyzer);
            List<MonitorQuery> queries = new ArrayList<>();
            for (PhraseCatalog.Phrase phrase : vocabulary.phrases()) {
                Query query = query(phrase);
                if (query != null) {
                    queries.add(new MonitorQuery(Integer.toString(phrase.id()), query));
                }
            }
            monitor.register(queries);
            this.queryCount = queries.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Lucene monitor", e);
        }
    }

    public int queryCount() {
        return queryCount;
    }

    private Query query(PhraseCatalog.Phrase phrase) throws IOException {
        Set<Query> variants = new LinkedHashSet<>();
        for (List<String> words : phrase.variants()) {
            List<String> terms = analyze(String.join(" ", words));
            if (terms.size() == 1) {
                variants.add(new TermQuery(new Term(FIELD, terms.get(0))));
            } else if (terms.size() > 1) {
                variants.add(new PhraseQuery(FIELD, terms.toArray(String[]::new)));
            }
        }
        if (variants.size() <= 1) {
            return variants.isEmpty() ? null : variants.iterator().next();
        }
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        variants.forEach(variant -> anyOf.add(variant, BooleanClause.Occur.SHOULD));
        return anyOf.build();
    }

    private List<String> analyze(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Override
    public String name() {
        return "luceneMonitor";
    }

    @Override
    public long count(String text) {
        return count(match(text));
    }

    /** The timed work: one document, matched with highlights. */
    public MatchingQueries<HighlightsMatch> match(String text) {
        Document document = new Document();
        document.add(new TextField(FIELD, text, Field.Store.NO));
        try {
            return monitor.match(document, HighlightsMatch.MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long count(MatchingQueries<HighlightsMatch> matches) {
        long hits = 0;
        for (HighlightsMatch match : matches.getMatches()) {
            hits += match.getHitCount();
        }
        return hits;
    }

    @Override
    public Object footprint() {
        return monitor;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }
}
