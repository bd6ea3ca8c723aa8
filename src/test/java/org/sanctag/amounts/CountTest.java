package org.sanctag.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctag.amounts.Found.count;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountTest {

    @Test
    void countsWithAMeasureWordCountTheGoodsAfterIt() {
        count(
                "Dutch customs seized 90,000 bottles of vodka in Rotterdam.",
                "90,000 bottles",
                90000,
                "bottles",
                "vodka");
        count("Inspectors found 12 cases of cognac on board.", "12 cases", 12, "cases", "cognac");
        count("Der Zoll fand 300 Flaschen Wodka im Container.", "300 Flaschen", 300, "Flaschen", "Wodka");
        count("Таможня изъяла 90 000 бутылок водки в порту.", "90 000 бутылок", 90000, "бутылок", "водки");
        count("La douane a saisi 500 bouteilles de cognac.", "500 bouteilles", 500, "bouteilles", "cognac");
        count("Se incautaron 200 botellas de whisky escocés.", "200 botellas", 200, "botellas", "whisky escocés");
    }

    @Test
    void aMagnitudeWordScalesACount() {
        count("В порту изъяли около 90 тысяч бутылок водки.", "90 тысяч бутылок", 90000, "бутылок", "водки");
        count("Smugglers moved 1.2 million cigarettes a year.", "1.2 million", 1200000, null, "cigarettes");
    }

    @Test
    void countsBeforeTheGoodsAllowAFewWordsBetween() {
        count("Japan exported 22 used upright pianos to Nampo.", "22", 22, null, "used upright pianos");
        count("Kim received two Maybach limousines from abroad.", "two", 2, null, "Maybach limousines");
        count("The ship carried twenty-two luxury cars.", "twenty-two", 22, null, "luxury cars");
        count("Путин подарил два лимузина Aurus.", "два", 2, null, "лимузина Aurus");
        count("Er bekam zwei Limousinen aus Deutschland.", "zwei", 2, null, "Limousinen");
        count("Il a reçu deux limousines blindées.", "deux", 2, null, "limousines blindées");
        count("Recibió dos limusinas blindadas.", "dos", 2, null, "limusinas blindadas");
    }

    @Test
    void countsStopAtWordsThatStartSomethingElse() {
        count("They shipped 40 snowmobiles and a yacht.", "40", 40, null, "snowmobiles");
        count("Customs found 3 Rolex watches, all fakes.", "3", 3, null, "Rolex watches");
    }

    @Test
    void setPhrasesCountAndVagueOnesGiveTheLeastTheyMean() {
        count("He bought a pair of Lexus SUVs for his guards.", "a pair of", 2, null, "Lexus SUVs");
        count("Er kaufte ein Paar Schuhe.", "ein Paar", 2, null, "Schuhe");
        List<Amount> dozens = Found.in("Dozens of Mercedes cars crossed the border.");
        assertEquals(1, dozens.size());
        assertEquals(24, dozens.get(0).value().intValue());
        assertTrue(dozens.get(0).approximate());
        count("Des centaines de montres ont été saisies.", "Des centaines de", 200, null, "montres");
    }

    @Test
    void germanEinPaarInLowerCaseIsAFewNotAPair() {
        Found.none("Er kaufte ein paar Uhren.");
    }

    @Test
    void koreanCountersCountTheNounBeforeThemOrAfterThePossessive() {
        count("세관은 마이바흐 2대를 압수했다.", "2대", 2, "대", "마이바흐");
        count("벤츠 승용차 3대가 평양에 도착했다.", "3대", 3, "대", "벤츠 승용차");
        count("코냑 3병이 발견됐다.", "3병", 3, "병", "코냑");
        count("2대의 마이바흐 리무진이 들어왔다.", "2대", 2, "대", "마이바흐 리무진이");
    }

    @Test
    void koreanTensWithAPersonAreAnAgeNotACount() {
        Found.none("20대 여성이 가방을 샀다.");
    }

    @Test
    void japaneseAndChineseCountersCountTheNounBesideThem() {
        count("中古ピアノ2台を輸出した。", "2台", 2, "台", "中古ピアノ");
        count("2台の高級車が届いた。", "2台", 2, "台", "高級車");
        count("金正恩乘坐两辆迈巴赫抵达。", "两辆", 2, "辆", "迈巴赫抵达");
        count("海关查获2辆奔驰轿车。", "2辆", 2, "辆", "奔驰轿车");
        count("他们走私了9万瓶伏特加。", "9万瓶", 90000, "瓶", "伏特加");
    }

    @Test
    void taiBeforeAPlaceNameIsNoCounter() {
        Found.none("一台湾商人被捕。");
    }
}
