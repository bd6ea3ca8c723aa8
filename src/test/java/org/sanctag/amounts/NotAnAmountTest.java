package org.sanctag.amounts;

import static org.sanctag.amounts.Found.none;

import org.junit.jupiter.api.Test;

class NotAnAmountTest {

    @Test
    void yearsAndDatesAreNoAmounts() {
        none("The ban was tightened in 2017 by the council.");
        none("Kim arrived in a 2017 Maybach at the summit.");
        none("The talks resumed on March 3 in Hanoi.");
        none("The talks resumed on 3 March in Hanoi.");
        none("Die Gespräche begannen am 12.03.2017 in Berlin.");
        none("Les pourparlers ont repris en 2019 à Hanoï.");
        none("Переговоры возобновились 3 марта в Ханое.");
    }

    @Test
    void referencesAreNoAmounts() {
        none("Resolution 2397 bans all vehicles.");
        none("Cars fall under HS 8703 and HS 8703.10 covers snowmobiles.");
        none("Paragraph 8 lists the goods, and article 10 the exemptions.");
        none("La résolution 2270 interdit les motoneiges.");
        none("Резолюция 2321 запрещает ковры.");
    }

    @Test
    void modelNamesAreNoAmounts() {
        none("He rode in a Maybach S680 Guard.");
        none("The Mercedes G 63 AMG was seen in Pyongyang.");
        none("Photos show a Mercedes S 600 Pullman.");
        none("A 4x4 vehicle crossed the bridge.");
    }

    @Test
    void sizesAndWeightsAreNoCounts() {
        none("The seized vessel was a 35 metre motor yacht registered in Sierra Leone.");
        none("Die 28 Meter lange Jacht lag im Hafen von Nampo.");
        none("Investigators traced a 95 foot yacht and 40 tonnes of cargo.");
        none("The ring held a 5 carat diamond.");
    }

    @Test
    void oneAsAPronounIsNoCount() {
        none("Small orders like this one show how luxury goods reach Pyongyang.");
        none("The rivalry is as deep as the one between Rolex and Omega.");
    }

    @Test
    void percentagesPhoneNumbersAndTimesAreNoAmounts() {
        none("Imports rose 30% in a year.");
        none("Imports rose 30 percent last year.");
        none("Call +82 2-123-4567 for the customs office.");
        none("The ship left at 10:30 with its cargo.");
        none("A 20-year-old Rolls-Royce was found.");
    }

    @Test
    void aNumberWithNothingCountableAfterItIsNoCount() {
        none("The committee met 3 times.");
        none("Only 12 of them were sold.");
        none("There were 15, all of them new.");
    }

    @Test
    void hanDigitsInsideWordsAreNoAmounts() {
        none("推进一元化管理。");
        none("统一标准。");
        none("第一辆车到了。");
    }
}
