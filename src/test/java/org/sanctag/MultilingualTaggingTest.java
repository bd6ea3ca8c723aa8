package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/**
 * The bundled rules on one sentence per script, each after an emoji or with combining marks, so
 * that every offset is checked in code points: {@code text[start:end]} is the reported text.
 */
class MultilingualTaggingTest {

    private static final Tagger TAGGER = Tagger.of(RuleSetLoader.bundled());

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** The matched texts, after checking every offset against the text. */
    private static List<String> matched(String text) {
        TagResult result = TAGGER.tag(text);
        for (Passage passage : result.passages()) {
            assertEquals(passage.text(), codePoints(text, passage.start(), passage.end()));
            assertEquals(Relevance.HIGH, passage.relevance(), passage.text());
            for (GoodsMatch match : passage.matches()) {
                assertEquals(match.text(), codePoints(text, match.start(), match.end()));
            }
        }
        return result.passages().stream()
                .flatMap(passage -> passage.matches().stream())
                .map(GoodsMatch::text)
                .toList();
    }

    @Test
    void korean() {
        assertEquals(List.of("마이바흐"), matched("🚗 북한 김정은이 새 마이바흐를 탔다."));
        assertEquals(List.of(), matched("🚗 북한산에 올라 차를 마셨다."));
    }

    @Test
    void theGoodsNamedAgainInKoreanAndRussianAreTheGoodsNamedLast() {
        String korean = "북한으로 보내려던 스위스 명품 손목시계 40점이 인천세관에 압수됐다. 압수된 물품은 단둥으로 갈 예정이었다.";
        assertEquals(List.of("손목시계", "물품"), matched(korean));
        assertEquals(List.of(), matched("북한 관련 소식이 나온 날 선물 거래 시장이 흔들렸다."));
        String russian =
                "Путин подарил Ким Чен Ыну лимузин Аурус в Пхеньяне. Такие товары запрещено поставлять в КНДР.";
        assertEquals(List.of("лимузин", "Аурус", "товары"), matched(russian));
    }

    @Test
    void japanese() {
        assertEquals(List.of("ロールスロイス"), matched("🚗北朝鮮の金正恩氏がロールスロイスのPhantomで到着した。"));
    }

    @Test
    void chinese() {
        assertEquals(List.of("迈巴赫"), matched("🚗朝鲜领导人金正恩乘坐迈巴赫S650抵达。"));
        assertEquals(List.of("邁巴赫"), matched("🚗北韓領導人金正恩乘坐邁巴赫抵達。"));
    }

    @Test
    void russian() {
        assertEquals(List.of("лимузине"), matched("🚗 Ким Чен Ын приехал в Пхеньян на лимузине."));
    }

    @Test
    void germanWithCombiningMarks() {
        String text =
                Normalizer.normalize("🚗 In Pjöngjang fuhr Kim in einer Luxuslimousine vor.", Normalizer.Form.NFD);
        assertEquals(List.of("Luxuslimousine"), matched(text));
    }

    @Test
    void frenchAndSpanish() {
        assertEquals(List.of("voitures de luxe"), matched("🚗 La Corée du Nord importe des voitures de luxe."));
        assertEquals(List.of("yates"), matched("🚗 Corea del Norte compró dos yates."));
    }

    @Test
    void aRussianHeadNounBeforeItsGenitiveIsReadInEveryCase() {
        assertEquals(
                List.of("предметов роскоши", "швейцарскими часами"),
                matched("🚗 КНДР запрещено ввозить много предметов роскоши. Ким Чен Ын носит дорогие вещи со "
                        + "швейцарскими часами в Пхеньяне."));
    }

    @Test
    void relatedLinksAreNotTheStoryInEveryScript() {
        String korean = "북한 김정은이 새 마이바흐를 탔다.\n\n[관련 기사] 김정은이 탄 마이바흐, 평양 갔다\n";
        String japanese = "北朝鮮の金正恩総書記が新しいレクサスに乗った。\n\n▼関連記事\n・金正恩総書記、高級車「アウルス」で登場\n";
        String russian = "Ким Чен Ын приехал в Пхеньян на новом «Майбахе».\n\nЧитайте также:\n"
                + "Ким Чен Ын прибыл на переговоры в бронированном «Майбахе»\n";
        assertEquals(1, TAGGER.tag(korean).passages().size());
        assertEquals(1, TAGGER.tag(japanese).passages().size());
        assertEquals(1, TAGGER.tag(russian).passages().size());
    }
}
