package org.sanctag.boot;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.sanctag.Tagger;

/**
 * The tagger that answers now. A caller takes {@link #current()} once per document and finishes on
 * it, so replacing the rules never tears an answer: each answer comes from one engine, and names
 * the rule set that produced it.
 */
public final class ServingTagger {

    private final AtomicReference<Tagger> current;

    public ServingTagger(Tagger initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Tagger current() {
        return current.get();
    }

    /** Puts a tagger built beside the serving one in its place; requests already running keep theirs. */
    public void replace(Tagger next) {
        current.set(Objects.requireNonNull(next, "next"));
    }
}
