package org.sanctag.amounts;

import static org.sanctag.amounts.Found.money;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void readsDollarsWithSymbolCodeAndWord() {
        money("The watch sold for US$14,160 in Dubai.", "US$14,160", "14160", "USD");
        money("Customs valued the car at $27,125 last week.", "$27,125", "27125", "USD");
        money("Each rug cost USD 2,000, the invoice says.", "USD 2,000", "2000", "USD");
        money("He paid 2,000 dollars for it.", "2,000 dollars", "2000", "USD");
        money("She wore a 10,000-dollar watch to the summit.", "10,000-dollar", "10000", "USD");
        money("The yacht was resold for HK$3.5 million.", "HK$3.5 million", "3500000", "HKD");
        money("A broker asked 40,000 Canadian dollars for the boat.", "40,000 Canadian dollars", "40000", "CAD");
    }

    @Test
    void readsMagnitudesAfterTheNumber() {
        money("The shipment was worth €1.2 million at the port.", "€1.2 million", "1200000", "EUR");
        money("Investigators traced £4m of purchases.", "£4m", "4000000", "GBP");
        money("The fleet cost $2bn over a decade.", "$2bn", "2000000000", "USD");
        money("A dealer quoted $150k for the pair.", "$150k", "150000", "USD");
        money("The cars were worth two million dollars.", "two million dollars", "2000000", "USD");
    }

    @Test
    void readsEuroSterlingAndYen() {
        money("The contract was for EUR 300,000 in total.", "EUR 300,000", "300000", "EUR");
        money("The pianos fetched ¥10 million at auction.", "¥10 million", "10000000", "JPY");
        money("The invoice said JPY 10 million for the lot.", "JPY 10 million", "10000000", "JPY");
        money("Police said the goods were worth 10 million yen.", "10 million yen", "10000000", "JPY");
        money("A buyer paid 50,000 pounds sterling for the horses.", "50,000 pounds sterling", "50000", "GBP");
    }

    @Test
    void yenSignNamesTheYuanWhenTheYuanFollows() {
        money("报关单上写着¥500万元。", "¥500万元", "5000000", "CNY");
        money("The broker wrote ¥10 million yuan on the form.", "¥10 million yuan", "10000000", "CNY");
    }

    @Test
    void readsKoreanMyriads() {
        money("세관은 시계 가격을 1억 원으로 추정했다.", "1억 원", "100000000", "KRW");
        money("피아노 한 대에 5천만 원이 들었다.", "5천만 원", "50000000", "KRW");
        money("벤츠 승용차는 3억2천만원에 팔렸다.", "3억2천만원", "320000000", "KRW");
        money("요트 가격은 1억 5천만 원이었다.", "1억 5천만 원", "150000000", "KRW");
        money("코냑 한 병은 1만5000원이었다.", "1만5000원", "15000", "KRW");
        money("세관은 10,000달러 상당의 시계를 압수했다.", "10,000달러", "10000", "USD");
    }

    @Test
    void readsJapaneseAndChineseMyriads() {
        money("税関はピアノを3000万円と評価した。", "3000万円", "30000000", "JPY");
        money("这批手表价值10万元。", "10万元", "100000", "CNY");
        money("这辆轿车价值人民币500万元。", "人民币500万元", "5000000", "CNY");
        money("海關估計這批名錶價值港幣80萬元。", "港幣80萬元", "800000", "HKD");
        money("這輛賓士以新台幣2400萬元成交。", "新台幣2400萬元", "24000000", "TWD");
        money("游艇售价五千万美元。", "五千万美元", "50000000", "USD");
        money("高級車は100万ドルで売られた。", "100万ドル", "1000000", "USD");
    }

    @Test
    void readsRussianAmounts() {
        money("Лимузин обошёлся в 1 млн рублей.", "1 млн рублей", "1000000", "RUB");
        money("Часы стоили 500 тыс. долларов.", "500 тыс. долларов", "500000", "USD");
        money("Партия водки стоила 2 млрд рублей.", "2 млрд рублей", "2000000000", "RUB");
    }

    @Test
    void readsEuropeanNumberFormats() {
        money("Die Uhr kostete 1.234,56 € im Laden.", "1.234,56 €", "1234.56", "EUR");
        money("La montre a coûté 1 234,56 € à Paris.", "1 234,56 €", "1234.56", "EUR");
        money("La montre a coûté 1\u202F234,56\u00A0€ à Paris.", "1\u202F234,56\u00A0€", "1234.56", "EUR");
        money("Le yacht valait 500 000 € selon la douane.", "500 000 €", "500000", "EUR");
        money("Der Wagen kostete 300.000 US-Dollar.", "300.000 US-Dollar", "300000", "USD");
        money("Die Ladung war 1,2 Mio. Euro wert.", "1,2 Mio. Euro", "1200000", "EUR");
        money("Der Zoll schätzte den Wert auf 2,5 Millionen Euro.", "2,5 Millionen Euro", "2500000", "EUR");
        money("La cargaison valait 2 millions d'euros.", "2 millions d'euros", "2000000", "EUR");
        money("Le lot valait 1,5 million de dollars.", "1,5 million de dollars", "1500000", "USD");
        money("El cargamento costó 3 millones de dólares.", "3 millones de dólares", "3000000", "USD");
        money("El reloj costó 2.000 euros en Madrid.", "2.000 euros", "2000", "EUR");
        money("El yate costó 1.000 millones de euros.", "1.000 millones de euros", "1000000000", "EUR");
    }

    @Test
    void reportsOffsetsIntoTheWholeText() {
        String text = "🚗 A $27,125 car.";
        Amount amount = Found.in(text).get(0);
        org.junit.jupiter.api.Assertions.assertEquals("$27,125", text.substring(amount.start(), amount.end()));
        org.junit.jupiter.api.Assertions.assertEquals(5, amount.start());
    }
}
