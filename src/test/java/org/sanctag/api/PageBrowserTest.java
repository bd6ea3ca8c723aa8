package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /}, in a real browser: Debian's chromium, headless, driven by chromedriver
 * against the running application. Each test loads the page afresh; one browser serves them all.
 */
@QuarkusTest
class PageBrowserTest {

    /**
     * An article an analyst might paste: two goods of the ban, "his wrist", which refers back to the
     * Rolex (rule watches.wrist_named_again), and "watched", which is no watch.
     */
    /** Cognac is on the national lists, not on the UN's. */
    static final String COGNAC = "Customs officers in Rotterdam seized 3,000 bottles of cognac bound for North Korea,"
            + " hidden in a container declared as kitchen equipment.";

    static final String ARTICLE = "Kim Jong Un arrived at the Wonsan waterfront on Tuesday in a black "
            + "Mercedes-Maybach, state television showed, and a gold Rolex was visible on his wrist as he "
            + "watched the naval parade.\n\n"
            + "Diplomats in Seoul said the limousine could only have reached Pyongyang through ship-to-ship "
            + "transfers that the UN Security Council has banned. Veterans who watched the broadcast in Busan "
            + "said little.";

    static final String HOSTILE =
            "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">" + " Kim Jong Un wore a Rolex.";

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path DOWNLOADS = Path.of("target/downloads").toAbsolutePath();

    @TestHTTPResource("/")
    URL page;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--window-size=1280,1000");
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openThePage() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(page.toString());
        waitUntil(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("ruleset-id"), "loading…")));
    }

    @Test
    void servesThePageAndItsAssetsWithAPolicyThatAllowsNoInlineScriptOrStyle() {
        for (String path : List.of("/", "/index.html", "/assets/sanctag.js", "/assets/sanctag.css")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("style-src 'self'"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")));
        }
        given().when().get("/").then().contentType(startsWith("text/html"));
    }

    @Test
    void tagsAPastedArticleAndMarksEachMatchWithItsCategory() throws IOException {
        paste(ARTICLE);
        browser.findElement(By.id("tag-button")).click();
        waitForResult();

        assertEquals(Map.of("vehicles", 2, "watches", 2), marksPerCategory());
        assertEquals(
                List.of("Mercedes-Maybach", "Rolex", "wrist", "limousine"),
                texts(browser.findElements(By.cssSelector("#rendered mark"))));
        assertFalse(
                texts(browser.findElements(By.cssSelector("#rendered mark"))).contains("watched"),
                "'watched' is a verb, not a watch");
        assertEquals("Flagged", text("flagged"));
        assertEquals("Relevance: high", text("relevance"));
        assertEquals("un-dprk-luxury", text("ruleset-id"));
        assertTrue(text("ruleset-digest").matches("sha256:[0-9a-f]{64}"), text("ruleset-digest"));

        String legend = text("legend");
        assertTrue(legend.contains("VEHICLES") || legend.contains("vehicles"), legend);
        assertTrue(legend.contains("Luxury automobiles"), legend);
        assertTrue(legend.contains("UNSCR 1718 (2006)"), legend);
        assertEquals(
                2,
                browser.findElements(By.cssSelector("#legend li[data-category]"))
                        .size());
        assertTrue(browser.findElement(By.id("rendered")).getText().contains("watched the naval parade"));
        assertEquals(
                2, browser.findElements(By.cssSelector("#rendered .passage")).size());
        assertNoScriptErrors();

        browser.findElement(By.cssSelector("mark[data-category='watches']")).click();
        Long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(2400, height)));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        screenshot("page.png");
    }

    @Test
    void clickingOrHoveringAMatchShowsItsRuleCategoryRelevanceAndReason() {
        paste(ARTICLE);
        browser.findElement(By.id("tag-button")).click();
        waitForResult();

        browser.findElement(By.cssSelector("mark[data-category='watches']")).click();
        assertEquals(
                "watches",
                browser.findElement(By.cssSelector("#detail-list [data-field='category'] .chip"))
                        .getDomProperty("textContent"));
        assertTrue(detail("rule").startsWith("watches."), detail("rule"));
        assertEquals("accepted", detail("verdict"));
        assertFalse(detail("reason").isBlank());
        assertTrue(detail("relevance").startsWith("high: "), detail("relevance"));
        assertTrue(detail("legal-basis").contains("UNSCR"), detail("legal-basis"));

        new Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector("mark[data-category='vehicles']")))
                .perform();
        waitUntil(d -> detail("rule").startsWith("vehicles."));
        assertTrue(text(By.cssSelector("#detail .detail-text")).contains("Mercedes-Maybach"));
    }

    @Test
    void aMatchShowsTheAmountsOfItsPassageAndHowTheyMeetItsThreshold() {
        paste("Customs officers in Dandong seized a snowmobile worth $1,500 that a trader was sending to North Korea.");
        browser.findElement(By.id("tag-button")).click();
        waitForResult();

        browser.findElement(By.cssSelector("mark[data-category='snowmobiles']")).click();
        assertEquals("$1,500 (USD 1,500)", detail("amounts"));
        assertEquals("value not above USD 2,000, the threshold in un-dprk-luxury", detail("threshold"));
        assertTrue(detail("relevance").startsWith("medium: "), detail("relevance"));
        assertTrue(detail("relevance").contains("lowered one step"), detail("relevance"));
        assertNoScriptErrors();
    }

    @Test
    void worksWithTheKeyboardAlone() {
        WebElement article = tabTo(e -> "article".equals(e.getAttribute("id")));
        article.sendKeys(ARTICLE);
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        waitForResult();

        WebElement first = tabTo(e -> e.getTagName().equals("mark"));
        assertEquals("Mercedes-Maybach", first.getText());
        waitUntil(d -> detail("rule").equals(first.getAttribute("data-rule")));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement second = browser.switchTo().activeElement();
        assertEquals("Rolex", second.getText());
        waitUntil(d -> detail("rule").equals(second.getAttribute("data-rule")));
    }

    @Test
    void anArticleWithHtmlInItShowsTheHtmlAsTextAndRunsNothing() {
        paste(HOSTILE);
        browser.findElement(By.id("tag-button")).click();
        waitForResult();

        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertNull(js.executeScript("return window.__pwned;"), "the article's markup ran");
        WebElement rendered = browser.findElement(By.id("rendered"));
        assertTrue(rendered.getText().contains("<script>window.__pwned=1</script>"), rendered.getText());
        assertTrue(rendered.getText().contains("<img src=x onerror=\"window.__pwned=2\">"), rendered.getText());
        assertEquals(0, rendered.findElements(By.cssSelector("script, img")).size());
        assertEquals(Map.of("watches", 1), marksPerCategory());
        assertNull(js.executeScript("return window.__pwned;"), "the article's markup ran");
    }

    @Test
    void anAnswerTheApiRefusesIsShownAsTheProblemDetail() {
        paste("Kim Jong Un has a Rolex.");
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('doc-id').value = arguments[0];", "x".repeat(300));
        browser.findElement(By.id("tag-button")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("HTTP 400 Bad Request", text("error-title"));
        assertEquals(
                "The field 'id' is longer than 256 characters (sanctag.limits.max-id-length); send a shorter reference.",
                text("error-detail"));
        assertFalse(browser.findElement(By.id("result")).isDisplayed());
    }

    @Test
    void aBodyOverTheLimitIsShownAsTheProblemDetail() {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('article').value = 'Rolex '.repeat(200000);");
        browser.findElement(By.id("tag-button")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("HTTP 413 Request Entity Too Large", text("error-title"));
        assertTrue(text("error-detail").contains("larger than the limit of 1048576 bytes"), text("error-detail"));
    }

    @Test
    void aDroppedTextFileIsTagged() {
        ((JavascriptExecutor) browser).executeScript("""
                const data = new DataTransfer();
                data.items.add(new File([arguments[0]], 'dispatch.txt', {type: 'text/plain'}));
                document.getElementById('article').dispatchEvent(
                    new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
                """, ARTICLE);
        waitForResult();
        assertEquals(ARTICLE, browser.findElement(By.id("article")).getDomProperty("value"));
        assertEquals(Map.of("vehicles", 2, "watches", 2), marksPerCategory());
    }

    @Test
    void vetoedCandidatesCanBeShownWithTheirVerdict() {
        paste("Kim Jong Un watched the launch from his Mercedes-Maybach. Veterans met at Pearl Harbor.");
        browser.findElement(By.id("tag-button")).click();
        waitForResult();
        assertEquals(0, browser.findElements(By.cssSelector("#rendered .veto")).size());

        browser.findElement(By.id("show-vetoed")).click();
        WebElement pearl = browser.findElement(By.cssSelector("#rendered .veto[data-verdict='excluded']"));
        assertEquals("Pearl", pearl.getText());
        pearl.click();
        assertEquals("excluded", detail("verdict"));
        assertTrue(detail("reason").contains("Pearl Harbor"), detail("reason"));
        assertEquals(Map.of("vehicles", 1), marksPerCategory());
    }

    @Test
    void anArticleThatNeverNamesNorthKoreaIsNotFlaggedAndItsPassagesAreMuted() {
        paste("The auction house in Geneva sold a Patek Philippe watch to a private collector.");
        browser.findElement(By.id("tag-button")).click();
        waitForResult();
        assertEquals("Not flagged", text("flagged"));
        assertEquals("Relevance: low", text("relevance"));
        WebElement passage = browser.findElement(By.cssSelector("#rendered .passage"));
        assertEquals("low", passage.getAttribute("data-relevance"));
        assertEquals("italic", passage.getCssValue("font-style"));
    }

    @Test
    void fitsAWindow400PixelsWide() throws IOException {
        browser.manage().window().setSize(new Dimension(400, 1000));
        browser.get(page.toString());
        paste(ARTICLE);
        browser.findElement(By.id("tag-button")).click();
        waitForResult();
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "the page scrolls sideways at 400 px");
        assertEquals(Map.of("vehicles", 2, "watches", 2), marksPerCategory());
        browser.findElement(By.cssSelector("mark[data-category='watches']")).click();
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('summary').scrollIntoView({block: 'start'});");
        screenshot("page-400px.png");
    }

    @Test
    void theAnswerCanBeCopiedAndDownloadedAsJson() throws Exception {
        paste(ARTICLE);
        browser.findElement(By.id("doc-id")).sendKeys("wonsan-parade");
        browser.findElement(By.id("tag-button")).click();
        waitForResult();

        browser.findElement(By.id("copy-json")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("json-status"), "Cop"));

        Path file = DOWNLOADS.resolve("sanctag-wonsan-parade.json");
        Files.deleteIfExists(file);
        browser.findElement(By.id("download-json")).click();
        waitUntil(d -> Files.exists(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"id\": \"wonsan-parade\""), json);
        assertTrue(json.contains("\"flagged\": true"), json);
        assertTrue(json.contains("\"explanation\""), json);
    }

    @Test
    void offersEveryLoadedListWithTheDefaultChosenAndTagsUnderTheListChosen() {
        browser.get(page.toString());
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("ruleset-select")));
        Select choice = new Select(browser.findElement(By.id("ruleset-select")));
        List<String> options = texts(choice.getOptions());
        assertEquals(6, options.size(), options.toString());
        String eu = options.stream()
                .filter(option -> option.startsWith("eu-dprk-luxury "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no EU list among " + options));
        assertTrue(
                choice.getFirstSelectedOption().getText().startsWith("un-dprk-luxury "), "the default is chosen first");
        assertEquals(versionOf("un-dprk-luxury"), text("ruleset-version"));

        paste(COGNAC);
        browser.findElement(By.id("tag-button")).click();
        waitForResult();
        assertFalse(
                texts(browser.findElements(By.cssSelector("#rendered mark"))).contains("cognac"),
                "cognac is not on the UN list");

        choice.selectByVisibleText(eu);
        assertEquals("eu-dprk-luxury", text("ruleset-id"));
        browser.findElement(By.id("tag-button")).click();
        waitUntil(d -> text("answered-by").contains("eu-dprk-luxury"));
        assertTrue(
                texts(browser.findElements(By.cssSelector("#rendered mark"))).contains("cognac"),
                "cognac is on the EU list: " + text("rendered"));
        assertEquals("Flagged", text("flagged"));
    }

    /** A rule set's version, as GET /rules/{id} gives it. */
    private static String versionOf(String id) {
        return io.restassured.RestAssured.get("/rules/" + id).path("version");
    }

    // ---- helpers ----

    private static void paste(String text) {
        WebElement article = browser.findElement(By.id("article"));
        article.clear();
        article.sendKeys(text);
    }

    private static void waitForResult() {
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    }

    private static <T> void waitUntil(Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private static Map<String, Integer> marksPerCategory() {
        return browser.findElements(By.cssSelector("#rendered mark[data-category]")).stream()
                .collect(Collectors.groupingBy(
                        mark -> mark.getAttribute("data-category"),
                        TreeMap::new,
                        Collectors.reducing(0, mark -> 1, Integer::sum)));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String text(By locator) {
        return browser.findElement(locator).getText();
    }

    private static String detail(String field) {
        return text(By.cssSelector("#detail-list [data-field='" + field + "']"));
    }

    /** Presses Tab until the focused element is the one wanted (at most 40 times). */
    private static WebElement tabTo(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached the element");
    }

    /** The browser logged no uncaught error and no Content-Security-Policy violation. */
    private static void assertNoScriptErrors() {
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Uncaught") || message.contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), problems);
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
