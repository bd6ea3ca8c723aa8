package org.sanctag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sanctag.result.Relevance;
import org.sanctag.result.SignalKind;

/**
 * The jurisdiction and transfer signals of one rule set in a document, sentence by sentence, and the relevance
 * they give each sentence:
 * <ul>
 *   <li>high: the sentence, or the one right before or after it, names the jurisdiction; or it
 *       names a transfer and the document names the jurisdiction somewhere;</li>
 *   <li>medium: the document names the jurisdiction elsewhere;</li>
 *   <li>low: the document never names it.</li>
 * </ul>
 */
final class Signals {

    record SignalHit(SignalKind kind, Occurrence occurrence) {}

    private final List<List<SignalHit>> bySentence;
    /** The first jurisdiction and transfer signal of each sentence, or null. */
    private final Occurrence[] jurisdiction;

    private final Occurrence[] transfer;
    private final boolean documentNamesJurisdiction;

    private Signals(List<List<SignalHit>> bySentence, Occurrence[] jurisdiction, Occurrence[] transfer) {
        this.bySentence = bySentence;
        this.jurisdiction = jurisdiction;
        this.transfer = transfer;
        boolean named = false;
        for (Occurrence signal : jurisdiction) {
            named |= signal != null;
        }
        this.documentNamesJurisdiction = named;
    }

    /** The signals of rule set {@code set} among the occurrences. */
    static Signals of(List<Occurrence> occurrences, CompiledRules rules, int sentenceCount, int set) {
        List<SignalHit> hits = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            CompiledRules.Roles roles = rules.roles(occurrence.phraseId());
            if (roles.jurisdictionOf(set)) {
                hits.add(new SignalHit(SignalKind.JURISDICTION, occurrence));
            }
            if (roles.transferOf(set)) {
                hits.add(new SignalHit(SignalKind.TRANSFER, occurrence));
            }
        }
        List<SignalHit> kept = new ArrayList<>();
        for (SignalKind kind : SignalKind.values()) {
            kept.addAll(LongestMatch.keep(
                    hits.stream().filter(hit -> hit.kind() == kind).toList(), SignalHit::occurrence));
        }
        kept.sort(
                (a, b) -> Integer.compare(a.occurrence().first(), b.occurrence().first()));

        List<List<SignalHit>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentenceCount; s++) {
            bySentence.add(new ArrayList<>());
        }
        Occurrence[] jurisdiction = new Occurrence[sentenceCount];
        Occurrence[] transfer = new Occurrence[sentenceCount];
        for (SignalHit hit : kept) {
            int sentence = hit.occurrence().sentence();
            bySentence.get(sentence).add(hit);
            Occurrence[] firstOfKind = hit.kind() == SignalKind.JURISDICTION ? jurisdiction : transfer;
            if (firstOfKind[sentence] == null) {
                firstOfKind[sentence] = hit.occurrence();
            }
        }
        return new Signals(bySentence, jurisdiction, transfer);
    }

    /** Why {@link #relevanceOf} gives the sentence its relevance, quoting the signal that decided it. */
    String reasonFor(int sentence, Function<Occurrence, String> textOf) {
        if (jurisdiction[sentence] != null) {
            return "the sentence names the jurisdiction: '" + textOf.apply(jurisdiction[sentence]) + "'";
        }
        if (sentence > 0 && jurisdiction[sentence - 1] != null) {
            return "the previous sentence names the jurisdiction: '" + textOf.apply(jurisdiction[sentence - 1]) + "'";
        }
        if (sentence + 1 < jurisdiction.length && jurisdiction[sentence + 1] != null) {
            return "the next sentence names the jurisdiction: '" + textOf.apply(jurisdiction[sentence + 1]) + "'";
        }
        if (transfer[sentence] != null && documentNamesJurisdiction) {
            return "the sentence names a transfer ('" + textOf.apply(transfer[sentence])
                    + "') and the document names the jurisdiction";
        }
        return documentNamesJurisdiction
                ? "the document names the jurisdiction, but not in or next to this sentence"
                : "the document never names the jurisdiction";
    }

    List<SignalHit> in(int sentence) {
        return bySentence.get(sentence);
    }

    Relevance relevanceOf(int sentence) {
        boolean nearJurisdiction = jurisdiction[sentence] != null
                || sentence > 0 && jurisdiction[sentence - 1] != null
                || sentence + 1 < jurisdiction.length && jurisdiction[sentence + 1] != null;
        if (nearJurisdiction || transfer[sentence] != null && documentNamesJurisdiction) {
            return Relevance.HIGH;
        }
        return documentNamesJurisdiction ? Relevance.MEDIUM : Relevance.LOW;
    }
}
