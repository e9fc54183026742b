package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.storyline.app.server.ServerSettings;
import org.storyline.app.server.StorylineServer;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveSettings;

/**
 * Drives headless Chromium through the web UI over the example corpus, ingested by the real pipeline:
 * front page, the biggest story (outlets, a quote two outlets carry with both badges, a conflict, an
 * only-in item), a search for a speaker to their person page, and an article whose text quotes a
 * script and an onerror image, which must show as text and run nothing. Screenshots go to
 * {@code target/screenshots/}. Skipped when Chromium or the example corpus is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static Archive archive;
    static StorylineServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and chromedriver are not installed");
        Path examples = Path.of("..", "examples");
        assumeTrue(Files.isDirectory(examples), "the example corpus is absent");
        Path store = dir.resolve("store");
        assertThat(StorylineCli.run("ingest", examples.toString(), "--store", store.toString())).isZero();
        archive = Archive.open(ArchiveSettings.readOnly(store));
        server = StorylineServer.start(archive, ServerSettings.local(0, null), null);
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(1)
    void frontPageListsStorylinesWithOutletBadges() throws Exception {
        browser.get(base + "/");
        assertThat(browser.getTitle()).contains("Storylines");
        assertThat(browser.findElements(By.cssSelector("#newest .storyline-card"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findElements(By.cssSelector("#biggest .storyline-card .badge"))).isNotEmpty();
        screenshot("front-page.png");
    }

    @Test
    @Order(7)
    void aStorylinePageShowsItsEventsInTimeOrderAndLinksToEach() throws Exception {
        browser.get(base + "/");
        WebElement card = browser.findElements(By.cssSelector("#newest .storyline-card")).stream()
                .filter(c -> !c.findElements(By.cssSelector(".card-events li")).isEmpty()).findFirst().orElseThrow();
        card.findElement(By.cssSelector("h3 a")).click();
        assertThat(browser.getCurrentUrl()).contains("/storylines/");
        List<WebElement> events = browser.findElements(By.cssSelector("#events .event"));
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        List<String> dates = events.stream().map(e -> e.findElement(By.cssSelector(".date")).getText()).toList();
        screenshot("storyline-page.png");
        WebElement second = events.get(1).findElement(By.cssSelector("h3 a"));
        String title = second.getText();
        second.click();
        assertThat(browser.getCurrentUrl()).contains("/stories/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".kicker a")).getAttribute("href")).contains("/storylines/");
        assertThat(dates.get(0)).isNotEqualTo(dates.get(1));
    }

    @Test
    @Order(2)
    void theBiggestStoryShowsItsOutletsAndAQuoteTwoOutletsCarried() throws Exception {
        openBiggestStory();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        screenshot("story-page.png");
        List<WebElement> outlets = browser.findElements(By.cssSelector(".story-outlets .badge"));
        assertThat(outlets).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElements(By.cssSelector("#outlets .outlet-col"))).hasSameSizeAs(outlets);

        WebElement shared = browser.findElements(By.cssSelector("#people .quote")).stream()
                .filter(q -> q.getAttribute("data-outlets").contains("|")).findFirst().orElseThrow();
        List<String> badges = shared.findElements(By.cssSelector(".cites .badge")).stream().map(WebElement::getText).toList();
        assertThat(badges).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(shared.getAttribute("data-outlets").split("\\|")).containsExactlyInAnyOrderElementsOf(badges);
    }

    @Test
    @Order(3)
    void theBiggestStoryShowsWhatOnlyOneOutletReports() throws Exception {
        openBiggestStory();
        assertThat(browser.findElements(By.cssSelector("#only-in .only li"))).isNotEmpty();
    }

    @Test
    @Order(4)
    void theBiggestStoryShowsAConflictWithBothSides() throws Exception {
        openBiggestStory();
        List<WebElement> sides = browser.findElements(By.cssSelector("#conflicts .conflict .side"));
        assertThat(sides).as("sides of a conflict on the story page").hasSizeGreaterThanOrEqualTo(2);
        assertThat(sides.get(0).getText()).isNotEqualTo(sides.get(1).getText());
    }

    private static void openBiggestStory() {
        browser.get(base + "/events?sort=size");
        browser.findElement(By.cssSelector(".story-card h3 a")).click();
    }

    @Test
    @Order(5)
    void searchingASpeakerLeadsToTheirPersonPage() throws Exception {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("Valcourt");
        box.submit();
        // submit() returns before the results page has replaced the front page
        WebElement person = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElement(By.cssSelector("#result-people a.person-link")));
        assertThat(person.getText()).contains("Valcourt");
        person.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Valcourt");
        assertThat(browser.findElements(By.cssSelector("#person-quotes blockquote"))).isNotEmpty();
        screenshot("person-page.png");
    }

    @Test
    @Order(6)
    void markupInArticleTextIsShownAsTextAndRunsNothing() throws Exception {
        browser.get(base + "/search?q=onerror");
        browser.findElement(By.cssSelector("#result-articles .article-card h3 a")).click();
        String text = browser.findElement(By.id("article-text")).getText();
        assertThat(text).contains("<script>alert(1)</script>").contains("<img src=x onerror=");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Object injected = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('#article-text script, #article-text img, body script').length");
        assertThat(((Number) injected).intValue()).isZero();
        screenshot("article-page.png");
    }
}
