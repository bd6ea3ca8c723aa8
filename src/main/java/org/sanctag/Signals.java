package org.sanctag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The jurisdiction and transfer signals of a document, sentence by sentence, and the relevance
 * they give each sentence:
 * <ul>
 *   <li>high: the sentence, or the one right before or after it, names the jurisdiction; or it
 *       names a transfer and the document names the jurisdiction somewhere;</li>
 *   <li>medium: the document names the jurisdiction elsewhere;</li>
 *   <li>low: the document never names it.</li>
 * </ul>
 */
final class Signals {

    record SignalHit(SignalKind kind, Occurrence occurrence) {
    }

    private final List<List<SignalHit>> bySentence;
    private final boolean[] jurisdiction;
    private final boolean[] transfer;
    private final boolean documentNamesJurisdiction;

    private Signals(List<List<SignalHit>> bySentence, boolean[] jurisdiction, boolean[] transfer) {
        this.bySentence = bySentence;
        this.jurisdiction = jurisdiction;
        this.transfer = transfer;
        boolean named = false;
        for (boolean j : jurisdiction) {
            named |= j;
        }
        this.documentNamesJurisdiction = named;
    }

    static Signals of(List<Occurrence> occurrences, CompiledRules rules, int sentenceCount) {
        List<SignalHit> hits = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            CompiledRules.Roles roles = rules.roles(occurrence.phraseId());
            if (roles.jurisdiction()) {
                hits.add(new SignalHit(SignalKind.JURISDICTION, occurrence));
            }
            if (roles.transfer()) {
                hits.add(new SignalHit(SignalKind.TRANSFER, occurrence));
            }
        }
        List<SignalHit> kept = new ArrayList<>();
        for (SignalKind kind : SignalKind.values()) {
            kept.addAll(MatchDecider.longestFirst(hits.stream().filter(hit -> hit.kind() == kind).toList(),
                    SignalHit::occurrence));
        }
        kept.sort((a, b) -> Integer.compare(a.occurrence().first(), b.occurrence().first()));

        List<List<SignalHit>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentenceCount; s++) {
            bySentence.add(new ArrayList<>());
        }
        boolean[] jurisdiction = new boolean[sentenceCount];
        boolean[] transfer = new boolean[sentenceCount];
        for (SignalHit hit : kept) {
            int sentence = hit.occurrence().sentence();
            bySentence.get(sentence).add(hit);
            jurisdiction[sentence] |= hit.kind() == SignalKind.JURISDICTION;
            transfer[sentence] |= hit.kind() == SignalKind.TRANSFER;
        }
        return new Signals(bySentence, jurisdiction, transfer);
    }

    /** Why {@link #relevanceOf} gives the sentence its relevance, quoting the signal that decided it. */
    String reasonFor(int sentence, Function<Occurrence, String> textOf) {
        if (jurisdiction[sentence]) {
            return "the sentence names the jurisdiction: '" + textOf.apply(first(sentence, SignalKind.JURISDICTION)) + "'";
        }
        if (sentence > 0 && jurisdiction[sentence - 1]) {
            return "the previous sentence names the jurisdiction: '"
                    + textOf.apply(first(sentence - 1, SignalKind.JURISDICTION)) + "'";
        }
        if (sentence + 1 < jurisdiction.length && jurisdiction[sentence + 1]) {
            return "the next sentence names the jurisdiction: '"
                    + textOf.apply(first(sentence + 1, SignalKind.JURISDICTION)) + "'";
        }
        if (transfer[sentence] && documentNamesJurisdiction) {
            return "the sentence names a transfer ('" + textOf.apply(first(sentence, SignalKind.TRANSFER))
                    + "') and the document names the jurisdiction";
        }
        return documentNamesJurisdiction
                ? "the document names the jurisdiction, but not in or next to this sentence"
                : "the document never names the jurisdiction";
    }

    private Occurrence first(int sentence, SignalKind kind) {
        return bySentence.get(sentence).stream().filter(hit -> hit.kind() == kind)
                .findFirst().orElseThrow().occurrence();
    }

    List<SignalHit> in(int sentence) {
        return bySentence.get(sentence);
    }

    Relevance relevanceOf(int sentence) {
        boolean nearJurisdiction = jurisdiction[sentence]
                || sentence > 0 && jurisdiction[sentence - 1]
                || sentence + 1 < jurisdiction.length && jurisdiction[sentence + 1];
        if (nearJurisdiction || transfer[sentence] && documentNamesJurisdiction) {
            return Relevance.HIGH;
        }
        return documentNamesJurisdiction ? Relevance.MEDIUM : Relevance.LOW;
    }
}
