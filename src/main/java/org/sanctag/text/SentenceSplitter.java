package org.sanctag.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences, the passages sanctag reports.
 *
 * <p>Rules, in the order they apply:
 * <ol>
 *   <li>a blank line always ends a sentence, so no sentence spans paragraphs; so does a line with
 *       no letter or digit (a rule of dashes, "====="), before and after it;</li>
 *   <li>a single line break ends a sentence unless the text plainly runs on: the next line starts
 *       in lower case; this line ends with a comma, a dash or a word that cannot end a headline
 *       ("a", "the", "through", "was"); or the paragraph is hard-wrapped here: the next line's first
 *       word would not have fitted on this line within the paragraph's longest line, and this line
 *       does not read like a headline (every word capitalised), and some line of the paragraph ends
 *       a sentence (a paragraph of lines without final punctuation is a list: related headlines, a
 *       price list, a plain-text table). So a headline, a photo caption or a list line ends at its
 *       line break even without punctuation, while a hard-wrapped sentence stays whole.</li>
 *   <li>inside a line, a sentence ends at {@code . ! ? …} (with any closing quotes or brackets)
 *       followed by white space and then something that can start a sentence. A period does not
 *       end a sentence after a single letter ("U.N.", "U.S.", "J. R. Smith") or a known
 *       abbreviation ("Mr.", "Feb.", "No."), nor before a digit ("Feb. 18") or a lower-case word.</li>
 * </ol>
 * Decimals ("3.5") never split, since the period is not followed by white space.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "rep",
            "sen", "gov", "pres", "amb", "rev", "st", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "vs",
            "no", "nos", "vol", "fig", "approx", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** Words that cannot end a headline, so a line ending in one runs on to the next line. */
    private static final Set<String> RUN_ON_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into", "onto", "through",
            "via", "over", "under", "between", "than", "and", "or", "but", "nor", "as", "his", "her", "its", "their",
            "our", "this", "these", "those", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "could", "should", "can", "may", "not");

    private SentenceSplitter() {}

    public static List<Span> split(String text) {
        return split(text.toCharArray());
    }

    /** The sentences of a text given as its chars, for a caller that already has them. */
    public static List<Span> split(char[] text) {
        List<Span> sentences = new ArrayList<>();
        for (Span block : runOnBlocks(text)) {
            splitBlock(text, block, sentences);
        }
        return sentences;
    }

    /** Runs of lines that belong together: line breaks inside a block are only white space. */
    private static List<Span> runOnBlocks(char[] text) {
        List<Span> blocks = new ArrayList<>();
        List<Span> lines = lines(text);
        int[] wrapWidth = wrapWidths(text, lines);
        int[] paragraphLines = paragraphLines(text, lines);
        boolean[] inList = listParagraphs(text, lines);
        Span previous = null;
        int blockStart = -1;
        for (int l = 0; l < lines.size(); l++) {
            Span line = lines.get(l);
            Span trimmed = trim(text, line);
            boolean listItem = trimmed != null
                    && (isBulleted(text, trimmed) || isNumbered(text, trimmed) || isTimestamped(text, trimmed));
            Span content = withoutBullet(text, trimmed);
            if (content == null) {
                if (previous != null) {
                    blocks.add(new Span(blockStart, previous.end()));
                }
                previous = null;
                continue;
            }
            if (previous != null
                    && (listItem
                            || !runsOn(
                                    text,
                                    previous,
                                    content,
                                    inList[l] ? Integer.MAX_VALUE : wrapWidth[l],
                                    paragraphLines[l]))) {
                blocks.add(new Span(blockStart, previous.end()));
                previous = null;
            }
            if (previous == null) {
                blockStart = content.start();
            }
            previous = content;
        }
        if (previous != null) {
            blocks.add(new Span(blockStart, previous.end()));
        }
        return blocks;
    }

    private static List<Span> lines(char[] text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = nextLineBreakCandidate(text, 0); i < text.length; i = nextLineBreakCandidate(text, i + 1)) {
            char c = text[i];
            if (c == '\n'
                    || c == '\r'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u0085'
                    || c == '\u000B'
                    || c == '\f') {
                lines.add(new Span(start, i));
                if (c == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new Span(start, text.length));
        return lines;
    }

    /**
     * The index of the first char at or after {@code from} that may break a line, or the text's
     * length: every char up to {@code \r}, and U+0085, U+2028 and U+2029 ({@link #lines} decides).
     * ASCII is turned away by two comparisons, Hangul and Han by three, Cyrillic by four; they are
     * not taken for candidates as every char from U+0085 up used to be.
     */
    private static int nextLineBreakCandidate(char[] text, int from) {
        for (int i = from; i < text.length; i++) {
            char c = text[i];
            if (c <= '\r' || c >= '\u0085' && c <= '\u2029' && (c == '\u0085' || c >= '\u2028')) {
                return i;
            }
        }
        return text.length;
    }

    /** For each line, how many lines its paragraph has. */
    private static int[] paragraphLines(char[] text, List<Span> lines) {
        int[] counts = new int[lines.size()];
        int paragraphStart = 0;
        for (int l = 0; l <= lines.size(); l++) {
            if (l == lines.size() || trim(text, lines.get(l)) == null) {
                for (int p = paragraphStart; p < l; p++) {
                    counts[p] = l - paragraphStart;
                }
                paragraphStart = l + 1;
            }
        }
        return counts;
    }

    /**
     * For each line, whether no line of its paragraph ends with final punctuation: then the paragraph
     * is a list, not hard-wrapped prose, and is never taken for wrapped.
     */
    private static boolean[] listParagraphs(char[] text, List<Span> lines) {
        boolean[] inList = new boolean[lines.size()];
        int paragraphStart = 0;
        boolean anyTerminal = false;
        for (int l = 0; l <= lines.size(); l++) {
            Span trimmed = l < lines.size() ? trim(text, lines.get(l)) : null;
            if (trimmed == null) {
                for (int p = paragraphStart; p < l; p++) {
                    inList[p] = !anyTerminal;
                }
                paragraphStart = l + 1;
                anyTerminal = false;
            } else {
                anyTerminal |= endsWithTerminal(text, trimmed);
            }
        }
        return inList;
    }

    /** Whether the line's last char, before closing quotes and brackets, ends a sentence. */
    static boolean endsWithTerminal(char[] text, Span line) {
        int i = line.end() - 1;
        while (i > line.start() && isClosing(text[i])) {
            i--;
        }
        return isTerminal(text[i]);
    }

    /** For each line, the length of the longest line of its paragraph: the width it was wrapped at, if it was. */
    private static int[] wrapWidths(char[] text, List<Span> lines) {
        int[] widths = new int[lines.size()];
        int paragraphStart = 0;
        int widest = 0;
        for (int l = 0; l <= lines.size(); l++) {
            Span trimmed = l < lines.size() ? trim(text, lines.get(l)) : null;
            if (trimmed == null) {
                for (int p = paragraphStart; p < l; p++) {
                    widths[p] = widest;
                }
                paragraphStart = l + 1;
                widest = 0;
            } else {
                widest = Math.max(widest, trimmed.end() - trimmed.start());
            }
        }
        return widths;
    }

    private static boolean isUncasedLetter(int cp) {
        return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp);
    }

    private static boolean runsOn(char[] text, Span line, Span next, int wrapWidth, int paragraphLines) {
        if (!hasLetterOrDigit(text, line) || !hasLetterOrDigit(text, next)) {
            return false; // a rule ("-----", "=====") sets off what is around it
        }
        if (hasCells(text, line) || hasCells(text, next)) {
            return false; // a table row or a bar of links stands on its own line
        }
        int nextFirst = Character.codePointAt(text, next.start());
        if (Character.isLowerCase(nextFirst)) {
            return true;
        }
        char last = text[line.end() - 1];
        if (last == ',' || last == '-' || last == '\u2013' || last == '\u2014' || last == '&' || last == '(') {
            return true;
        }
        if (RUN_ON_WORDS.contains(lastWord(text, line.start(), line.end()).toLowerCase(Locale.ROOT))) {
            return true;
        }
        int width = line.end() - line.start();
        boolean nextWordWouldNotFit = width + 1 + firstWordLength(text, next) > wrapWidth;
        if (isUncasedLetter(Character.codePointBefore(text, line.end()))) {
            // Korean, Chinese and Japanese have no capitals to tell a headline by: a line there runs
            // on only inside a plainly hard-wrapped paragraph, where lines fill the width.
            return nextWordWouldNotFit && paragraphLines >= 3 && 10 * width >= 9 * wrapWidth;
        }
        return nextWordWouldNotFit && !isTerminal(last) && !readsLikeHeadline(text, line);
    }

    static boolean hasLetterOrDigit(char[] text, Span line) {
        for (int i = line.start(); i < line.end(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Two or more {@code |} dividing the line into cells: "9101 | Wrist-watches | 412". */
    static boolean hasCells(char[] text, Span line) {
        int bars = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (text[i] == '|' && ++bars == 2) {
                return true;
            }
        }
        return false;
    }

    private static int firstWordLength(char[] text, Span line) {
        int end = line.start();
        while (end < line.end() && !isSpace(text[end])) {
            end++;
        }
        return end - line.start();
    }

    /** Every word of more than three letters starts with a capital: "Kim Tours Ski Resort", "KIM TOURS". */
    private static boolean readsLikeHeadline(char[] text, Span line) {
        int i = line.start();
        while (i < line.end()) {
            while (i < line.end() && !Character.isLetter(text[i])) {
                i++;
            }
            int wordStart = i;
            while (i < line.end() && Character.isLetter(text[i])) {
                i++;
            }
            if (i - wordStart > 3 && !Character.isUpperCase(text[wordStart])) {
                return false;
            }
        }
        return true;
    }

    /** A bulleted line without its bullet, which belongs to no sentence; other lines unchanged. */
    private static Span withoutBullet(char[] text, Span line) {
        if (line == null || !isBulleted(text, line)) {
            return line;
        }
        return trim(text, new Span(line.start() + 1, line.end()));
    }

    private static boolean isBulleted(char[] text, Span line) {
        char first = text[line.start()];
        boolean bullet = first == '-'
                || first == '*'
                || first == '\u2022'
                || first == '\u00B7'
                || first == '\u2013'
                || first == '\u2014'
                || first == '\u25AA';
        // Japanese lists use the katakana middle dot, with no space after it.
        boolean middleDot = first == '\u30FB' || first == '\uFF65';
        return middleDot && line.end() > line.start() + 1
                || bullet && line.end() > line.start() + 1 && isSpace(text[line.start() + 1]);
    }

    private static boolean isSuperscriptDigit(char c) {
        return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079';
    }

    /**
     * A line that opens with a running time, as show notes and chapter lists write them ("08:40 The
     * ski lifts", "1:02:30 Q&A"): an item of its own, like a bullet.
     */
    private static boolean isTimestamped(char[] text, Span line) {
        int i = line.start();
        int groups = 0;
        while (true) {
            int digits = 0;
            while (i < line.end() && text[i] >= '0' && text[i] <= '9') {
                i++;
                digits++;
            }
            if (digits == 0 || digits > 2 || groups > 0 && digits != 2) {
                return false;
            }
            groups++;
            if (i < line.end() && text[i] == ':' && groups < 3) {
                i++;
            } else {
                return groups >= 2 && i + 1 < line.end() && text[i] == ' ';
            }
        }
    }

    /** A numbered list line: "1. ", "2) ". */
    private static boolean isNumbered(char[] text, Span line) {
        int i = line.start();
        while (i < line.end() && Character.isDigit(text[i])) {
            i++;
        }
        return i > line.start()
                && i + 1 < line.end()
                && (text[i] == '.' || text[i] == ')')
                && Character.isWhitespace(text[i + 1]);
    }

    private static void splitBlock(char[] text, Span block, List<Span> sentences) {
        int sentenceStart = block.start();
        int i = block.start();
        while ((i = nextTerminal(text, i, block.end())) < block.end()) {
            int terminal = i;
            int footnoteEnd = footnoteMarkEnd(text, terminal, block.end());
            if (footnoteEnd > 0) {
                addTrimmed(text, sentenceStart, footnoteEnd, sentences);
                sentenceStart = footnoteEnd;
                i = footnoteEnd;
                continue;
            }
            int end = i + 1;
            while (end < block.end() && (isTerminal(text[end]) || isClosing(text[end]))) {
                end++;
            }
            int next = end;
            while (next < block.end() && isSpace(text[next])) {
                next++;
            }
            boolean followedBySpace = next > end;
            if (isFullWidthTerminal(text[terminal]) && next < block.end()) {
                // Chinese and Japanese put no space after a sentence, and have no abbreviations to mistake.
                addTrimmed(text, sentenceStart, end, sentences);
                sentenceStart = next;
            } else if (followedBySpace && next < block.end() && endsSentence(text, terminal, end, next)) {
                addTrimmed(text, sentenceStart, end, sentences);
                sentenceStart = next;
            }
            i = Math.max(end, i + 1);
        }
        addTrimmed(text, sentenceStart, block.end(), sentences);
    }

    /**
     * Where the footnote mark glued to a full stop ends ("during the period.102 Imagery showed"):
     * one to three digits right after a period that follows a lower-case letter or a closing mark,
     * then a space and a capital; or -1. A decimal number has a digit before its point. Superscript
     * digits are a mark whatever stands before the period ("since 2021.⁴ The company ...").
     */
    private static int footnoteMarkEnd(char[] text, int terminal, int to) {
        if (text[terminal] != '.' || terminal == 0) {
            return -1;
        }
        int superscriptsEnd = terminal + 1;
        while (superscriptsEnd < to && superscriptsEnd - terminal <= 3 && isSuperscriptDigit(text[superscriptsEnd])) {
            superscriptsEnd++;
        }
        if (superscriptsEnd > terminal + 1) {
            return superscriptsEnd + 1 < to && isSpace(text[superscriptsEnd]) ? superscriptsEnd : -1;
        }
        char before = text[terminal - 1];
        if (!Character.isLowerCase(before) && !isClosing(before)) {
            return -1;
        }
        int digitsEnd = terminal + 1;
        while (digitsEnd < to && digitsEnd - terminal <= 3 && text[digitsEnd] >= '0' && text[digitsEnd] <= '9') {
            digitsEnd++;
        }
        // a fourth digit stops the loop on a digit, not on the space a mark needs after it
        if (digitsEnd == terminal + 1 || digitsEnd + 1 >= to || text[digitsEnd] != ' ') {
            return -1;
        }
        return Character.isUpperCase(text[digitsEnd + 1]) ? digitsEnd : -1;
    }

    /** The index of the first terminal char in {@code [from, to)}, or {@code to}: a tight loop on its own. */
    private static int nextTerminal(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c <= '?' && (c == '.' || c == '!' || c == '?')
                    || c == '\u2026'
                    || c >= '\u3002' && (c == '\u3002' || c >= '\uFF01' && isFullWidthTerminal(c))) {
                return i;
            }
        }
        return to;
    }

    private static boolean endsSentence(char[] text, int terminal, int end, int next) {
        int following = Character.codePointAt(text, next);
        if (Character.isLowerCase(following)) {
            return false;
        }
        boolean singlePeriod = text[terminal] == '.' && (terminal + 1 == end || !isTerminal(text[terminal + 1]));
        if (terminal > 0 && Character.UnicodeScript.of(text[terminal - 1]) == Character.UnicodeScript.HANGUL) {
            return true; // "...했다. 2019년": Korean has no abbreviations with a period
        }
        if (Character.isDigit(following) || ",;:)".indexOf(following) >= 0) {
            return false;
        }
        if (!singlePeriod) {
            return true;
        }
        String word = lastWord(text, 0, terminal);
        boolean initial = word.codePointCount(0, word.length()) == 1;
        return !initial && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The run of letters that ends at {@code end} (empty when the char before it is not a letter). */
    private static String lastWord(char[] text, int from, int end) {
        int start = end;
        while (start > from && Character.isLetter(text[start - 1])) {
            start--;
        }
        return new String(text, start, end - start);
    }

    private static void addTrimmed(char[] text, int start, int end, List<Span> sentences) {
        Span trimmed = trim(text, new Span(start, end));
        if (trimmed != null) {
            sentences.add(trimmed);
        }
    }

    /** The span without surrounding white space, or null when nothing else is left. */
    private static Span trim(char[] text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isSpace(text[start])) {
            start++;
        }
        while (end > start && isSpace(text[end - 1])) {
            end--;
        }
        return start == end ? null : new Span(start, end);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || isFullWidthTerminal(c);
    }

    /** 。 and the fullwidth ． ！ ？: they end a sentence whatever follows. */
    private static boolean isFullWidthTerminal(char c) {
        return c == '\u3002' || c == '\uFF0E' || c == '\uFF01' || c == '\uFF1F';
    }

    static boolean isClosing(char c) {
        return c == '"'
                || c == '\''
                || c == '\u201D'
                || c == '\u2019'
                || c == '\u00BB'
                || c == ')'
                || c == ']'
                || c == '\u300D' // 」
                || c == '\u300F' // 』
                || c == '\uFF09' // ）
                || c == '\u3011'; // 】
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
