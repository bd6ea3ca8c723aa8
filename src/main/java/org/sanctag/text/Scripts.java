package org.sanctag.text;

/** Which folded letters need word rules of their own, by Unicode block (a range check, no lookup). */
final class Scripts {

    private Scripts() {}

    /**
     * Han, Hiragana and Katakana: scripts written without spaces, so each letter is a word of its own
     * and a phrase is a sequence of letters (fullwidth and halfwidth forms are folded to these by NFKD).
     */
    static boolean isSpaceless(int cp) {
        return (cp >= 0x3040 && cp <= 0x30FF) // Hiragana, Katakana (with ー)
                || (cp >= 0x31F0 && cp <= 0x31FF) // Katakana phonetic extensions
                || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
                || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
                || (cp >= 0x20000 && cp <= 0x3FFFF); // CJK extensions B and later
    }

    /** Hangul as folded: NFKD spells every syllable, and compatibility jamo, in conjoining jamo. */
    static boolean isHangul(int cp) {
        return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }
}
