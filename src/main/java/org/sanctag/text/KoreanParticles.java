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

    /** Every ending ends with a conjoining jamo of this block (U+1100 to U+11FF), as folded. */
    private static final char JAMO = 0x1100;

    /**
     * The endings by their last folded char, less {@link #JAMO}, each list longest first like {@link
     * #FOLDED}: most Hangul words of a text are not in the vocabulary, and this turns most of them
     * away with one lookup instead of comparing every ending.
     */
    private static final char[][][] BY_LAST_CHAR = new char[0x100][][];

    static {
        for (char[] particle : FOLDED) {
            int last = particle[particle.length - 1] - JAMO;
            if (last < 0 || last >= BY_LAST_CHAR.length) {
                throw new IllegalStateException("an ending that does not end with a jamo: " + new String(particle));
            }
            char[][] endings = BY_LAST_CHAR[last] == null ? new char[0][] : BY_LAST_CHAR[last];
            endings = Arrays.copyOf(endings, endings.length + 1);
            endings[endings.length - 1] = particle;
            BY_LAST_CHAR[last] = endings;
        }
    }

    private KoreanParticles() {}

    /**
     * The id of the word {@code folded[0, length)} read as a vocabulary word plus a particle, or
     * {@link Vocabulary#UNKNOWN}; {@code stemLength[0]} receives the stem's length in folded chars.
     */
    static int stemId(Vocabulary vocabulary, char[] folded, int length, int[] stemLength) {
        int last = folded[length - 1] - JAMO;
        char[][] endings = last >= 0 && last < BY_LAST_CHAR.length ? BY_LAST_CHAR[last] : null;
        if (endings == null) {
            return Vocabulary.UNKNOWN;
        }
        for (char[] particle : endings) {
            int stem = length - particle.length;
            if (stem > 0 && endsWith(folded, length, particle)) {
                int id = vocabulary.idOf(folded, stem, hash(folded, stem));
                if (id != Vocabulary.UNKNOWN) {
                    stemLength[0] = stem;
                    return id;
                }
            }
        }
        return Vocabulary.UNKNOWN;
    }

    private static boolean endsWith(char[] folded, int length, char[] particle) {
        int offset = length - particle.length;
        for (int i = 0; i < particle.length; i++) {
            if (folded[offset + i] != particle[i]) {
                return false;
            }
        }
        return true;
    }

    static int hash(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }
}
