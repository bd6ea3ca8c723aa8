package org.sanctag.text;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The particles and endings Korean attaches to a noun (마이바흐를, 북한으로, 요트들이): a Hangul word
 * that is not itself in the vocabulary is looked up again without them, so that a term matches at
 * the start of a word followed by a particle but never inside a longer word (북한산 is not 북한).
 */
final class KoreanParticles {

    /** The endings, folded as the scanner folds them, longest first so 에서 wins over 서. */
    private static final char[][] FOLDED = Arrays.stream(new String[] {
                // case particles
                "이",
                "가",
                "을",
                "를",
                "은",
                "는",
                "의",
                "에",
                "에서",
                "로",
                "으로",
                "와",
                "과",
                "도",
                "만",
                "까지",
                "부터",
                "에게",
                "께",
                "께서",
                "한테",
                "보다",
                "처럼",
                "이나",
                "나",
                "이랑",
                "랑",
                "하고",
                "조차",
                "마저",
                "밖에",
                "에는",
                "에도",
                "에서는",
                "에서도",
                "으로는",
                "로는",
                "으로도",
                "로도",
                "과의",
                "와의",
                "에의",
                "으로의",
                "로의",
                "에게서",
                "까지는",
                "부터는",
                "만은",
                "만의",
                "이라는",
                "라는",
                "이란",
                "란",
                "이라고",
                "라고",
                // the copula, as news writes it after a noun
                "이다",
                "다",
                "였다",
                "이었다",
                "이며",
                "며",
                "인",
                "이고",
                "고",
                "이자",
                "입니다",
                "이냐",
                // 하다 verbs made of a noun (밀반입했다, 압수된): the noun is the term
                "하다",
                "했다",
                "한",
                "하는",
                "하고",
                "하여",
                "해",
                "해서",
                "했던",
                "했고",
                "했으며",
                "할",
                "된",
                "되는",
                "됐다",
                "되어",
                "돼",
                "되었다",
                "됐던",
                "시킨",
                "시켰다",
                "받은",
                "받았다",
                "당했다",
                // 들 (plural) with or without a particle
                "들",
                "들이",
                "들을",
                "들은",
                "들의",
                "들에",
                "들과",
                "들도",
                "들로",
                "들에게",
                "들까지",
                "들만"
            })
            .map(TextFolder::foldString)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(String::toCharArray)
            .toArray(char[][]::new);

    /**
     * The endings read backwards, from their last folded char, as a trie: a word's tail is walked
     * once, jamo by jamo, instead of being compared with every ending that shares its last jamo. Most
     * Hangul words of a text are not in the vocabulary, and nearly all leave the trie after a jamo or
     * two.
     */
    private static final Tail ENDINGS_BACKWARDS = new Tail();

    static {
        for (char[] particle : FOLDED) {
            Tail node = ENDINGS_BACKWARDS;
            for (int i = particle.length - 1; i >= 0; i--) {
                node = node.childOrNew(particle[i]);
            }
            node.endsAnEnding = true;
        }
        if (FOLDED[0].length >= Long.SIZE) {
            throw new IllegalStateException("an ending too long for stemId's bit set: " + new String(FOLDED[0]));
        }
    }

    /** A node of {@link #ENDINGS_BACKWARDS}: the chars that may come before this tail, and whether it is an ending. */
    private static final class Tail {
        private char[] chars = new char[0];
        private Tail[] children = new Tail[0];
        private boolean endsAnEnding;

        Tail child(char c) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Tail childOrNew(char c) {
            Tail child = child(c);
            if (child == null) {
                child = new Tail();
                chars = Arrays.copyOf(chars, chars.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                chars[chars.length - 1] = c;
                children[children.length - 1] = child;
            }
            return child;
        }
    }

    private KoreanParticles() {}

    /**
     * The id of the word {@code folded[0, length)} read as a vocabulary word plus a particle, or
     * {@link Vocabulary#UNKNOWN}; {@code stemLength[0]} receives the stem's length in folded chars.
     * The longest ending whose stem is a vocabulary word wins.
     */
    static int stemId(Vocabulary vocabulary, char[] folded, int length, int[] stemLength) {
        // Bit j is set when an ending of j chars ends the word (and leaves a stem).
        long endingLengths = 0;
        Tail node = ENDINGS_BACKWARDS;
        for (int i = length - 1; i > 0 && (node = node.child(folded[i])) != null; i--) {
            if (node.endsAnEnding) {
                endingLengths |= 1L << (length - i);
            }
        }
        for (; endingLengths != 0; endingLengths &= ~Long.highestOneBit(endingLengths)) {
            int stem = length - (Long.SIZE - 1 - Long.numberOfLeadingZeros(endingLengths));
            int id = vocabulary.idOf(folded, stem, hash(folded, stem));
            if (id != Vocabulary.UNKNOWN) {
                stemLength[0] = stem;
                return id;
            }
        }
        return Vocabulary.UNKNOWN;
    }

    static int hash(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }
}
