package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(
                List.of("Kim arrived.", "Was it armoured?", "Yes!"), sentences("Kim arrived. Was it armoured? Yes!"));
    }

    @Test
    void doesNotSplitAtAbbreviationsInitialsDatesOrDecimals() {
        String text = "The U.N. panel met Mr. Lee on Feb. 18 in the U.S. capital. "
                + "Item No. 2 cost 3.5 million dollars, J. R. Smith said. It was seized.";
        assertEquals(
                List.of(
                        "The U.N. panel met Mr. Lee on Feb. 18 in the U.S. capital.",
                        "Item No. 2 cost 3.5 million dollars, J. R. Smith said.",
                        "It was seized."),
                sentences(text));
    }

    @Test
    void aFootnoteMarkGluedToAFullStopEndsTheSentenceButADecimalDoesNot() {
        assertEquals(
                List.of(
                        "Imports continued during the period.102",
                        "Imagery showed 14 vehicles (see annex 47).103",
                        "Prices rose 3.5 Percent."),
                sentences("Imports continued during the period.102 Imagery showed 14 vehicles (see annex 47).103 "
                        + "Prices rose 3.5 Percent."));
    }

    @Test
    void aSuperscriptFootnoteMarkEndsTheSentenceEvenAfterAYear() {
        assertEquals(
                List.of("The design has been sold since 2021.\u2074", "The company informed the Panel."),
                sentences("The design has been sold since 2021.\u2074 The company informed the Panel."));
    }

    @Test
    void eachLineOpeningWithARunningTimeIsItsOwnSentence() {
        String notes = "Chapters\n00:00 Intro and housekeeping\n08:40 The ski lifts: where they came from\n"
                + "31:50 Listener question: can foreigners still go there?\n1:02:30 Wrap-up\n";
        assertEquals(
                List.of(
                        "Chapters",
                        "00:00 Intro and housekeeping",
                        "08:40 The ski lifts: where they came from",
                        "31:50 Listener question: can foreigners still go there?",
                        "1:02:30 Wrap-up"),
                sentences(notes));
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertEquals(
                List.of("“It is a gift.”", "The car was shipped."), sentences("“It is a gift.” The car was shipped."));
    }

    @Test
    void aRuleOfDashesOrEqualsSignsSetsOffTheLinesAroundIt() {
        String text = "No.  Item                          Qty\n"
                + "---  ----------------------------  ---\n"
                + "1    Lead crystal vases and decanters  312\n"
                + "2    Bone china dinner services        40\n"
                + "\n"
                + "Officers opened the containers on Monday, and found the crystal -\n"
                + "=====\n"
                + "Customs said the case was closed.";
        assertEquals(
                List.of(
                        "No.  Item                          Qty",
                        "---  ----------------------------  ---",
                        "1    Lead crystal vases and decanters  312",
                        "2    Bone china dinner services        40",
                        "Officers opened the containers on Monday, and found the crystal -",
                        "=====",
                        "Customs said the case was closed."),
                sentences(text));
    }

    @Test
    void endsAHeadlineAtItsLineBreak() {
        assertEquals(
                List.of("Kim Rides Russian Limousine", "Pyongyang showed the car on Monday."),
                sentences("Kim Rides Russian Limousine\nPyongyang showed the car on Monday."));
    }

    @Test
    void makesEachListLineAPassageWithoutItsBullet() {
        String text = "Cars seen in the motorcade:\n- Mercedes-Maybach S600\n- Rolls-Royce Phantom\n• Lexus LX 570";
        assertEquals(
                List.of("Cars seen in the motorcade:", "Mercedes-Maybach S600", "Rolls-Royce Phantom", "Lexus LX 570"),
                sentences(text));
    }

    @Test
    void keepsAHardWrappedSentenceWhole() {
        String text =
                "Kim Jong Un arrived in a Mercedes-Maybach\nlimousine that was shipped through\nDalian and Busan.";
        assertEquals(
                List.of(
                        "Kim Jong Un arrived in a Mercedes-Maybach\nlimousine that was shipped through\nDalian and Busan."),
                sentences(text));
    }

    @Test
    void keepsAWrappedSentenceWholeWhereTheNextLineStartsWithACapital() {
        String text = "Customs officials said Friday they had blocked an attempt to ship three\n"
                + "Mercedes S-Class sedans to North Korea via a Chinese port, the largest\n"
                + "such seizure in the country's history.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void endsAShortSentenceCaseHeadlineBeforeALongParagraph() {
        String text = "Kim tours ski resort as snowmobiles raise questions\n"
                + "PYONGYANG (AP) - North Korean leader Kim Jong Un toured the Masikryong ski resort on Saturday, "
                + "state media said, riding a snowmobile down the main slope.";
        assertEquals(
                List.of(
                        "Kim tours ski resort as snowmobiles raise questions",
                        text.substring(text.indexOf("PYONGYANG"))),
                sentences(text));
    }

    @Test
    void endsATitleCaseHeadlineEvenWhenTheParagraphIsWrapped() {
        String text = "Armoured Maybachs Reach Pyongyang Through Five Countries\n"
                + "Two armoured limousines passed through at least five countries\n"
                + "before turning up in the motorcade, researchers said.";
        assertEquals(
                List.of(
                        "Armoured Maybachs Reach Pyongyang Through Five Countries",
                        "Two armoured limousines passed through at least five countries\n"
                                + "before turning up in the motorcade, researchers said."),
                sentences(text));
    }

    @Test
    void neverSpansABlankLine() {
        assertEquals(
                List.of("The yacht was seized", "Officials said so."),
                sentences("The yacht was seized\n\n  \r\nOfficials said so."));
    }

    @Test
    void splitsAfterSymbolsAndKeepsEmojiInside() {
        assertEquals(
                List.of("He gave a limousine 🚗.", "The car is armoured."),
                sentences("He gave a limousine 🚗. The car is armoured."));
    }

    @Test
    void treatsWindowsLineBreaksLikeOthers() {
        assertEquals(List.of("Headline", "Body text."), sentences("Headline\r\nBody text.\r\n"));
    }

    @Test
    void findsNothingInBlankText() {
        assertEquals(List.of(), sentences(" \n\t\u00A0 "));
        assertEquals(List.of(), sentences(""));
    }

    @Test
    void givesOffsetsIntoTheOriginalText() {
        String text = "  First one.  Second one.";
        List<Span> spans = SentenceSplitter.split(text);
        assertEquals(List.of(new Span(2, 12), new Span(14, 25)), spans);
    }

    @Test
    void endsChineseAndJapaneseSentencesAtFullwidthStopsWithoutASpace() {
        assertEquals(List.of("金正恩氏が到着した。", "車はマイバッハだった！", "本当か？", "是的．"), sentences("金正恩氏が到着した。車はマイバッハだった！本当か？是的．"));
        assertEquals(List.of("「到着した。」", "次の文"), sentences("「到着した。」次の文"));
    }

    @Test
    void endsAKoreanSentenceBeforeANumber() {
        assertEquals(List.of("김정은이 도착했다.", "2019년에도 그랬다."), sentences("김정은이 도착했다. 2019년에도 그랬다."));
    }

    @Test
    void endsAKoreanHeadlineAtItsLineBreak() {
        assertEquals(
                List.of("김정은, 신형 마이바흐 타고 참석", "송고 2024-12-29 10:42"),
                sentences("김정은, 신형 마이바흐 타고 참석\n송고 2024-12-29 10:42"));
    }

    @Test
    void makesEachJapaneseListLineAPassage() {
        assertEquals(List.of("マイバッハが運ばれた", "スノーモービルが届いた"), sentences("・マイバッハが運ばれた\n・スノーモービルが届いた"));
    }
}
