package org.sanctag.text;

/**
 * Tells the furniture of a web page from its story: lines a reader skips, which name goods and the
 * jurisdiction without saying anything about them. A sentence is furniture when it is
 * <ul>
 *   <li>a bar of links: two or more {@code |} between its items, not at its start and with no
 *       figure for an item (a table row starts with one or has one): "Trending: Maybach | Wonsan |
 *       Cartier", "Top | Politics | World";</li>
 *   <li>a video or audio link, ending with its running time: "Watch: Putin drives the Aurus (0:52)";</li>
 *   <li>a tag line: a one-word label, a colon and three or more short items separated by commas,
 *       without final punctuation: "Tags: G-Class, Mercedes, KCTV, North Korea";</li>
 *   <li>a line of a link list after the story: a paragraph that opens with a short label line
 *       ("Related", "Most read", "More from this column") and none of whose lines ends a sentence,
 *       somewhere after a sentence of the story has ended;</li>
 *   <li>a labelled link after the story: a whole line that opens with a reader's navigation label
 *       and a colon, or with the label in brackets, and does not end a sentence: "Read more: ...",
 *       "Previous post: ...", "[관련 기사] ..."; the labels are listed in each language the rules
 *       read;</li>
 *   <li>a masthead: the document's first paragraph, when its first line is a short name in capitals
 *       ("PYONGYANG PLATES", "SLUG: NK-RUSSIA-AURUS") and another line follows it, and each line of
 *       that paragraph that does not end a sentence (a blog's tagline, a script's slug and edition);</li>
 *   <li>a byline: a whole line "By Daniel Reyes and Hwang Eun-bi", "Interview by Pearl Nakamura";</li>
 *   <li>an author's note after the story: a paragraph of one sentence, "Pearl Nakamura is a
 *       contributing writer based in Tokyo.";</li>
 * </ul>
 * A line of a link list may open with its number ("2. Mercedes-Benz recalls 40,000 cars"), or
 * with a bullet under a label of links ("Related fact checks", "More from Asia").
 * {@link #boilerplateStart} finds where a press release's own end mark ("ENDS", "###") or its
 * boilerplate heading ("Notes to editors", "About Toyota") stands after the story: what follows is
 * about the sender, not the story.
 * Each test looks at the sentence and, for the last one, its paragraph only, so asking about the
 * few sentences that hold matches costs little.
 */
public final class PageFurniture {

    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_TAG_WORDS = 3;

    /** The labels readers see before a link to another page, folded to lower case. */
    private static final java.util.Set<String> LINK_LABELS = java.util.Set.of(
            "read more",
            "read next",
            "read also",
            "also read",
            "see also",
            "more",
            "related",
            "related story",
            "related stories",
            "recommended",
            "previous",
            "next",
            "previous post",
            "next post",
            "previous article",
            "next article",
            "previous story",
            "next story",
            "further reading",
            "continue reading",
            // the same labels in the other languages the rules read
            "관련 기사",
            "관련기사",
            "関連記事",
            "関連ニュース",
            "相关新闻",
            "相關新聞",
            "相关阅读",
            "相關閱讀",
            "延伸阅读",
            "延伸閱讀",
            "читайте также",
            "смотрите также",
            "lesen sie auch",
            "mehr zum thema",
            "à lire aussi",
            "lire aussi",
            "lea también",
            "lee también");

    /**
     * The labels of a link to a video ("Watch: Drone footage shows border guards boarding the
     * yacht"): a link label of its own line, but no opener of a bulleted list ("Watch for these:").
     */
    private static final java.util.Set<String> VIDEO_LABELS =
            java.util.Set.of("watch", "video", "watch video", "watch now", "watch live");

    /**
     * The first words of a label over bulleted links: those of {@link #LINK_LABELS} ("Related fact
     * checks", "More from Asia", "관련 기사") and of the lists' own labels ("Most read", "Trending").
     * Bullets under other labels ("Key points", "What we know") sum up the story itself.
     */
    private static final java.util.Set<String> LINK_LIST_OPENERS = java.util.stream.Stream.concat(
                    LINK_LABELS.stream().map(label -> label.split(" ", 2)[0]),
                    java.util.stream.Stream.of("most", "popular", "trending"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The words before "by" that open a byline: "Interview by", "Words by". */
    private static final java.util.Set<String> BYLINE_LABELS = java.util.Set.of(
            "by",
            "interview by",
            "interviews by",
            "words by",
            "text by",
            "reporting by",
            "report by",
            "story by",
            "written by",
            "photos by",
            "pictures by",
            "compiled by",
            "edited by");

    /** The trades an author's note names: "... is a contributing writer based in Tokyo." */
    private static final java.util.Set<String> AUTHOR_TRADES = java.util.Set.of(
            "writer",
            "reporter",
            "correspondent",
            "journalist",
            "editor",
            "columnist",
            "contributor",
            "photographer",
            "author",
            "freelancer",
            "producer");

    private static final int MAX_BYLINE_WORDS = 10;
    private static final int MAX_NOTE_WORDS = 30;

    /** The lines that end a press release's story: its end mark, or its notes to editors. */
    private static final java.util.Set<String> RELEASE_ENDS = java.util.Set.of(
            "ends", "-ends-", "- ends -", "###", "notes to editors", "note to editors", "notes for editors");

    private PageFurniture() {}

    public static boolean isFurniture(char[] text, Span sentence) {
        return isLinkBar(text, sentence)
                || endsWithRunningTime(text, sentence)
                || isTagLine(text, sentence)
                || isInLinkList(text, sentence)
                || isLabelledLink(text, sentence)
                || isInMasthead(text, sentence)
                || isByline(text, sentence)
                || isAuthorNote(text, sentence)
                || isHashtagLine(text, sentence);
    }

    /** A whole line of hashtags only: "#Kalma #yacht", "#UNSC #sanctions". */
    private static boolean isHashtagLine(char[] text, Span sentence) {
        if (text[sentence.start()] != '#' || !isWholeLine(text, sentence)) {
            return false;
        }
        for (int i = sentence.start() + 1; i < sentence.end(); i++) {
            if (isSpace(text[i]) && i + 1 < sentence.end() && !isSpace(text[i + 1]) && text[i + 1] != '#') {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of the document's first paragraph, not ending a sentence, when that paragraph has two
     * lines or more and its first is at most four words without a lower-case letter: a blog's name
     * and tagline, a script's slug lines. A headline in capitals stands in a paragraph of its own,
     * and a headline under a kicker ("LIVE", "EXCLUSIVE", "ANALYSIS") is the story's.
     */
    private static boolean isInMasthead(char[] text, Span sentence) {
        // the cheap tests first: most sentences with a hit are not a whole line, or end a sentence
        if (!isWholeLine(text, sentence) || endsWithTerminal(text, sentence)) {
            return false;
        }
        int first = 0;
        while (first < text.length && isSpace(text[first])) {
            first++;
        }
        if (first >= text.length) {
            return false;
        }
        int firstEnd = lineEnd(text, first);
        int second = nextLineStart(text, firstEnd);
        if (second >= text.length || trim(text, second, lineEnd(text, second)) == null) {
            return false;
        }
        Span head = trim(text, first, firstEnd);
        int words = 0;
        boolean inWord = false;
        boolean letters = false;
        for (int i = head.start(); i < head.end(); i++) {
            char c = text[i];
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
            if (isSpace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++words > MAX_LABEL_WORDS) {
                    return false;
                }
            }
        }
        return letters
                && paragraphStart(text, sentence.start()) == first
                && !KICKERS.contains(
                        new String(text, head.start(), head.end() - head.start()).toLowerCase(java.util.Locale.ROOT));
    }

    /** The labels news sites set over a headline, on a line of their own. */
    private static final java.util.Set<String> KICKERS = java.util.Set.of(
            "live",
            "live updates",
            "breaking",
            "breaking news",
            "exclusive",
            "analysis",
            "explainer",
            "opinion",
            "comment",
            "editorial",
            "feature",
            "interview",
            "investigation",
            "fact check",
            "update",
            "updated",
            "developing",
            "special report");

    /**
     * A whole line of a byline label and names: "By Ines Moreau", "Interview by Pearl Nakamura", "By
     * Daniel Reyes and Hwang Eun-bi": every word after "by" capitalised but "and", no final stop.
     */
    private static boolean isByline(char[] text, Span sentence) {
        if (sentence.end() - sentence.start() > 80
                || !hasBy(text, sentence.start(), Math.min(sentence.end(), sentence.start() + 24))
                || !isWholeLine(text, sentence)
                || endsWithTerminal(text, sentence)) {
            return false;
        }
        String[] words = wordsOf(text, sentence);
        int by = -1;
        for (int i = 0; i < Math.min(words.length, 2); i++) {
            if (words[i].equalsIgnoreCase("by")) {
                by = i;
                break;
            }
        }
        if (by < 0 || words.length - by < 2 || words.length > MAX_BYLINE_WORDS) {
            return false;
        }
        String label =
                String.join(" ", java.util.Arrays.copyOfRange(words, 0, by + 1)).toLowerCase(java.util.Locale.ROOT);
        if (!BYLINE_LABELS.contains(label)) {
            return false;
        }
        for (int i = by + 1; i < words.length; i++) {
            String word = words[i];
            if (!word.equals("and") && !word.equals("&") && !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paragraph of one sentence after the story that says who wrote it: one to four capitalised
     * words, "is a" or "is an", and a writer's trade ("Pearl Nakamura is a contributing writer based
     * in Tokyo.").
     */
    private static boolean isAuthorNote(char[] text, Span sentence) {
        if (sentence.end() - sentence.start() > 240
                || !Character.isUpperCase(text[sentence.start()])
                || !isWholeLine(text, sentence)
                || !hasIsABefore(text, sentence.start(), Math.min(sentence.end(), sentence.start() + 60))) {
            return false;
        }
        String[] words = wordsOf(text, sentence);
        if (words.length > MAX_NOTE_WORDS) {
            return false;
        }
        int is = -1;
        for (int i = 1; i <= Math.min(MAX_LABEL_WORDS, words.length - 2); i++) {
            if (words[i].equals("is") && (words[i + 1].equals("a") || words[i + 1].equals("an"))) {
                is = i;
                break;
            }
            if (!Character.isUpperCase(words[i].charAt(0))) {
                return false;
            }
        }
        if (is < 0 || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        boolean trade = false;
        for (int i = is + 2; i < words.length && !trade; i++) {
            String word = asciiLetters(words[i]);
            trade = AUTHOR_TRADES.contains(word)
                    || (word.endsWith("s") && AUTHOR_TRADES.contains(word.substring(0, word.length() - 1)));
        }
        return trade && storyEndedBefore(text, sentence.start());
    }

    /**
     * Where a press release's boilerplate starts: the first whole line, after a sentence of the story
     * has ended, that is an end mark or a notes-to-editors heading, or "About" and one to four
     * capitalised words ("About Toyota"); {@code text.length} when there is none. One pass over the
     * lines, looking at each line's first letters only unless one could be such a line.
     */
    public static int boilerplateStart(char[] text) {
        for (int lineStart = 0; lineStart < text.length; ) {
            int lineEnd = lineEnd(text, lineStart);
            Span line = trim(text, lineStart, lineEnd);
            if (line != null
                    && line.end() - line.start() <= 40
                    && (isReleaseEnd(text, line) || isAboutHeading(text, line))
                    && storyEndedBefore(text, line.start())) {
                return line.start();
            }
            lineStart = nextLineStart(text, lineEnd);
        }
        return text.length;
    }

    private static boolean isReleaseEnd(char[] text, Span line) {
        char first = text[line.start()];
        if (first != 'E' && first != 'e' && first != '-' && first != '#' && first != 'N' && first != 'n') {
            return false;
        }
        return RELEASE_ENDS.contains(
                new String(text, line.start(), line.end() - line.start()).toLowerCase(java.util.Locale.ROOT));
    }

    /** "About" and one to four words that each start with a capital letter, nothing else. */
    private static boolean isAboutHeading(char[] text, Span line) {
        int start = line.start();
        if (line.end() - start < 7
                || text[start] != 'A'
                || text[start + 1] != 'b'
                || text[start + 2] != 'o'
                || text[start + 3] != 'u'
                || text[start + 4] != 't'
                || text[start + 5] != ' ') {
            return false;
        }
        int words = 0;
        boolean wordStart = true;
        for (int i = start + 6; i < line.end(); i++) {
            char c = text[i];
            if (c == ' ') {
                wordStart = true;
            } else if (wordStart) {
                if (!Character.isUpperCase(c) || ++words > MAX_LABEL_WORDS) {
                    return false;
                }
                wordStart = false;
            } else if (!Character.isLetterOrDigit(c) && c != '&' && c != '-' && c != '.') {
                return false;
            }
        }
        return words > 0;
    }

    /** "Read more: How Pyongyang's elite shops", "Previous post: The G 63 in the flood footage, revisited". */
    private static boolean isLabelledLink(char[] text, Span sentence) {
        if (text[sentence.start()] == '[' || text[sentence.start()] == '\u3010') {
            return isBracketedLink(text, sentence);
        }
        int colon = sentence.start();
        while (colon < sentence.end() && colon - sentence.start() <= 20 && text[colon] != ':') {
            colon++;
        }
        if (colon >= sentence.end() || text[colon] != ':' || colon == sentence.start()) {
            return false;
        }
        String label = new String(text, sentence.start(), colon - sentence.start())
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
        return (LINK_LABELS.contains(label) || VIDEO_LABELS.contains(label))
                && isWholeLine(text, sentence)
                && !endsWithTerminal(text, sentence)
                && storyEndedBefore(text, sentence.start());
    }

    /** "[관련 기사] 김정은이 탄 마이바흐 ...", "【関連記事】...", "[Related] ...": a link label in brackets. */
    private static boolean isBracketedLink(char[] text, Span sentence) {
        int close = sentence.start() + 1;
        while (close < sentence.end()
                && close - sentence.start() <= 20
                && text[close] != ']'
                && text[close] != '\u3011') {
            close++;
        }
        if (close >= sentence.end() || (text[close] != ']' && text[close] != '\u3011')) {
            return false;
        }
        String label = new String(text, sentence.start() + 1, close - sentence.start() - 1)
                .strip()
                .toLowerCase(java.util.Locale.ROOT);
        return LINK_LABELS.contains(label) && isWholeLine(text, sentence) && storyEndedBefore(text, sentence.start());
    }

    private static boolean isLinkBar(char[] text, Span sentence) {
        if (text[sentence.start()] == '|') {
            return false;
        }
        if (!SentenceSplitter.hasCells(text, sentence)) {
            return false; // nearly every sentence: no cell is looked at
        }
        int cellStart = sentence.start();
        for (int i = sentence.start(); i <= sentence.end(); i++) {
            if (i == sentence.end() || text[i] == '|') {
                if (isNumberCell(text, cellStart, i)
                        || cellStart > sentence.start()
                                && opensWithFigure(text, cellStart, i)
                                && besideRowOfAsManyCells(text, sentence)) {
                    return false;
                }
                cellStart = i + 1;
            }
        }
        return true;
    }

    /**
     * Whether the line before or after the sentence's line has as many bars: two rows of one table,
     * not a byline's "Posted by ... | 14 March 2025 | 11 comments" standing alone.
     */
    private static boolean besideRowOfAsManyCells(char[] text, Span sentence) {
        int lineStart = sentence.start();
        while (lineStart > 0 && !isLineBreak(text[lineStart - 1])) {
            lineStart--;
        }
        int lineEnd = lineEnd(text, sentence.start());
        int bars = bars(text, lineStart, lineEnd);
        if (lineStart > 0) {
            int previousStart = lineStart - 1;
            while (previousStart > 0 && !isLineBreak(text[previousStart - 1])) {
                previousStart--;
            }
            if (bars(text, previousStart, lineStart - 1) == bars) {
                return true;
            }
        }
        if (lineEnd < text.length) {
            int nextStart = nextLineStart(text, lineEnd);
            return bars(text, nextStart, lineEnd(text, nextStart)) == bars;
        }
        return false;
    }

    private static int bars(char[] text, int start, int end) {
        int bars = 0;
        for (int i = start; i < end; i++) {
            if (text[i] == '|') {
                bars++;
            }
        }
        return bars;
    }

    /**
     * A cell after the first that opens with a figure or a currency sign ("1,140 pieces", "$1.6
     * million", "$6,000–$7,500"): a quantity or a price, so the line, beside another of as many
     * cells, is a row of a table of goods.
     */
    private static boolean opensWithFigure(char[] text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text[i])) {
            i++;
        }
        return i < end && (isDigit(text[i]) || Character.getType(text[i]) == Character.CURRENCY_SYMBOL);
    }

    /**
     * A cell holding only a figure ("1,846", "0", "12.5%"): links are words, so a bar line with a
     * figure between its bars is a row of a plain-text table.
     */
    private static boolean isNumberCell(char[] text, int start, int end) {
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (isDigit(c)) {
                digit = true;
            } else if (c != ',' && c != '.' && c != '%' && c != '$' && c != '-' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return digit;
    }

    /** "(0:52)", "(22:14)", "(1:02:30)" at the end. */
    private static boolean endsWithRunningTime(char[] text, Span sentence) {
        int i = sentence.end() - 1;
        if (text[i] != ')') {
            return false;
        }
        i--;
        int groups = 0;
        while (true) {
            int digits = 0;
            while (i >= sentence.start() && isDigit(text[i])) {
                i--;
                digits++;
            }
            if (digits == 0 || digits > 2) {
                return false;
            }
            groups++;
            if (i < sentence.start()) {
                return false;
            }
            if (text[i] == '(') {
                return groups >= 2 && groups <= 3;
            }
            if (text[i] != ':' || groups == 3) {
                return false;
            }
            i--;
        }
    }

    private static boolean isTagLine(char[] text, Span sentence) {
        int i = sentence.start();
        while (i < sentence.end() && Character.isLetter(text[i])) {
            i++;
        }
        if (i == sentence.start() || i >= sentence.end() || text[i] != ':' || endsWithTerminal(text, sentence)) {
            return false;
        }
        int items = 1;
        int words = 0;
        boolean inWord = false;
        for (i++; i < sentence.end(); i++) {
            char c = text[i];
            if (c == ',') {
                items++;
                words = 0;
                inWord = false;
            } else if (isSpace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++words > MAX_TAG_WORDS) {
                    return false;
                }
            }
        }
        return items >= 3;
    }

    private static boolean isInLinkList(char[] text, Span sentence) {
        boolean ownLine = isWholeLine(text, sentence) || isNumberedLine(text, sentence);
        boolean bulleted = !ownLine && isBulletedLine(text, sentence);
        if (!(ownLine || bulleted) || endsWithTerminal(text, sentence)) {
            return false;
        }
        int paragraphStart = paragraphStart(text, sentence.start());
        int labelEnd = lineEnd(text, paragraphStart);
        if (labelEnd >= sentence.start()
                || !isLabel(text, paragraphStart, labelEnd)
                || bulleted && !LINK_LIST_OPENERS.contains(firstWord(text, paragraphStart, labelEnd))) {
            return false;
        }
        for (int lineStart = paragraphStart; lineStart < text.length; ) {
            int lineEnd = lineEnd(text, lineStart);
            Span line = trim(text, lineStart, lineEnd);
            if (line == null) {
                break;
            }
            if (endsWithTerminal(text, line)) {
                return false;
            }
            lineStart = nextLineStart(text, lineEnd);
        }
        return storyEndedBefore(text, paragraphStart);
    }

    private static boolean isWholeLine(char[] text, Span sentence) {
        int before = sentence.start() - 1;
        while (before >= 0 && isSpace(text[before]) && !isLineBreak(text[before])) {
            before--;
        }
        int after = sentence.end();
        while (after < text.length && isSpace(text[after]) && !isLineBreak(text[after])) {
            after++;
        }
        return (before < 0 || isLineBreak(text[before])) && (after == text.length || isLineBreak(text[after]));
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** The sentence's words as written, split at white space (a byline, an author's note). */
    private static String[] wordsOf(char[] text, Span sentence) {
        return WHITESPACE.split(new String(text, sentence.start(), sentence.end() - sentence.start()).strip());
    }

    /** The word's ASCII letters, lower-cased: "writer," is "writer", "Writers'" is "writers". */
    private static String asciiLetters(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** Whether the word "by", in any case, stands between {@code from} and {@code to}: a cheap test before reading words. */
    private static boolean hasBy(char[] text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if ((text[i] | 0x20) == 'b'
                    && (text[i + 1] | 0x20) == 'y'
                    && (i == from || Character.isWhitespace(text[i - 1]))
                    && (i + 2 == to || Character.isWhitespace(text[i + 2]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether " is a" stands between {@code from} and {@code to}: a cheap test before reading words. */
    private static boolean hasIsABefore(char[] text, int from, int to) {
        for (int i = from; i + 5 < to; i++) {
            if (text[i] == ' '
                    && text[i + 1] == 'i'
                    && text[i + 2] == 's'
                    && text[i + 3] == ' '
                    && text[i + 4] == 'a') {
                return true;
            }
        }
        return false;
    }

    /** A line that holds the sentence after a list number: "2. Mercedes-Benz recalls ...", "3) ...". */
    private static boolean isNumberedLine(char[] text, Span sentence) {
        int i = skipSpacesBack(text, sentence.start() - 1);
        if (i < 0 || (text[i] != '.' && text[i] != ')')) {
            return false;
        }
        int mark = i--;
        while (i >= 0 && isDigit(text[i])) {
            i--;
        }
        if (i == mark - 1 || mark - 1 - i > 2) {
            return false;
        }
        return opensLine(text, i) && endsLine(text, sentence);
    }

    /** A line that holds the sentence after a bullet: "- No, this photo does not show ...", "• ...". */
    private static boolean isBulletedLine(char[] text, Span sentence) {
        int i = skipSpacesBack(text, sentence.start() - 1);
        return i >= 0 && isBullet(text[i]) && opensLine(text, i - 1) && endsLine(text, sentence);
    }

    private static int skipSpacesBack(char[] text, int i) {
        while (i >= 0 && isSpace(text[i]) && !isLineBreak(text[i])) {
            i--;
        }
        return i;
    }

    /** Whether only spaces stand between the line's start and {@code i} (inclusive). */
    private static boolean opensLine(char[] text, int i) {
        i = skipSpacesBack(text, i);
        return i < 0 || isLineBreak(text[i]);
    }

    private static boolean endsLine(char[] text, Span sentence) {
        int after = sentence.end();
        while (after < text.length && isSpace(text[after]) && !isLineBreak(text[after])) {
            after++;
        }
        return after == text.length || isLineBreak(text[after]);
    }

    /** The first word of {@code text[start, end)}, folded to lower case. */
    private static String firstWord(char[] text, int start, int end) {
        while (start < end && !Character.isLetter(text[start])) {
            start++;
        }
        int wordEnd = start;
        while (wordEnd < end && Character.isLetter(text[wordEnd])) {
            wordEnd++;
        }
        return new String(text, start, wordEnd - start).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isBullet(char c) {
        return c == '-'
                || c == '*'
                || c == '\u2022'
                || c == '\u00B7'
                || c == '\u2013'
                || c == '\u2014'
                || c == '\u30FB'
                || c == '\u25CF'
                || c == '\u25A0'
                || c == '\u25B6';
    }

    /** Where the paragraph holding {@code from} starts: after the last blank line or rule before it. */
    private static int paragraphStart(char[] text, int from) {
        int lineStart = lineStart(text, from);
        while (lineStart > 0) {
            int previousEnd = lineStart - 1;
            if (previousEnd > 0 && text[previousEnd] == '\n' && text[previousEnd - 1] == '\r') {
                previousEnd--;
            }
            int previousStart = lineStart(text, previousEnd);
            if (!SentenceSplitter.hasLetterOrDigit(text, new Span(previousStart, previousEnd))) {
                break; // a blank line, or a rule ("-----") that sets the paragraph off as one would
            }
            lineStart = previousStart;
        }
        return lineStart;
    }

    private static final String LABEL_MARKS_BEFORE = "\u25BC\u25B6\u25A0\u25CF\u3010[";
    private static final String LABEL_MARKS_AFTER = ":\uFF1A\u3011]";

    /**
     * One to four words of letters, with nothing else but spaces and "&": "Related", "Most read";
     * a mark may stand before it ("▼関連記事") and a colon or bracket after it ("Читайте также:").
     */
    private static boolean isLabel(char[] text, int start, int end) {
        Span line = trim(text, start, end);
        if (line == null) {
            return false;
        }
        int from = line.start();
        int to = line.end();
        while (from < to && LABEL_MARKS_BEFORE.indexOf(text[from]) >= 0) {
            from++; // "▼関連記事", "【関連記事】"
        }
        while (to > from && LABEL_MARKS_AFTER.indexOf(text[to - 1]) >= 0) {
            to--; // "Читайте также:", "Related:"
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (Character.isLetter(c)) {
                if (!inWord && ++words > MAX_LABEL_WORDS) {
                    return false;
                }
                inWord = true;
            } else if (isSpace(c) || c == '&') {
                inWord = false;
            } else {
                return false;
            }
        }
        return words > 0;
    }

    /** Whether a sentence ends somewhere before {@code position}: the story came first. */
    private static boolean storyEndedBefore(char[] text, int position) {
        for (int i = position - 1; i > 0; i--) {
            if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && isSpace(text[i + 1])
                    || text[i] == '\u3002'
                    || text[i] == '\uFF01'
                    || text[i] == '\uFF1F') {
                return true; // Chinese and Japanese put no space after a full stop
            }
        }
        return false;
    }

    private static boolean endsWithTerminal(char[] text, Span span) {
        int i = span.end() - 1;
        while (i > span.start() && SentenceSplitter.isClosing(text[i])) {
            i--;
        }
        char c = text[i];
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002';
    }

    private static int lineStart(char[] text, int position) {
        int i = position;
        while (i > 0 && !isLineBreak(text[i - 1])) {
            i--;
        }
        return i;
    }

    private static int lineEnd(char[] text, int position) {
        int i = position;
        while (i < text.length && !isLineBreak(text[i])) {
            i++;
        }
        return i;
    }

    /** The start of the line after the break at {@code lineEnd}; "\r\n" is one break. */
    private static int nextLineStart(char[] text, int lineEnd) {
        return lineEnd + 1 < text.length && text[lineEnd] == '\r' && text[lineEnd + 1] == '\n'
                ? lineEnd + 2
                : lineEnd + 1;
    }

    private static Span trim(char[] text, int start, int end) {
        while (start < end && isSpace(text[start])) {
            start++;
        }
        while (end > start && isSpace(text[end - 1])) {
            end--;
        }
        return start == end ? null : new Span(start, end);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
