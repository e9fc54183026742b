package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storyline.core.store.RecordJson;

/**
 * {@code storyline serve --watch FILE} runs in its own JVM over a small site on 127.0.0.1; headless
 * Chromium opens the front page, a story is published on the site, and the new article shows on the
 * same page without a reload. Skipped when Chromium is absent.
 */
class WatchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private NewsSite site;
    private Process server;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroyForcibly();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void aNewArticleAppearsOnTheFrontPageWithoutAReload() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and chromedriver are not installed");
        site = new NewsSite();
        String base = serve(site.feedList(dir));
        waitForArticles(base, 4);
        browser = chromium();
        browser.get(base + "/");
        JavascriptExecutor js = browser;
        js.executeScript("window.storylineMarker = 'same page';");
        assertThat(mainText()).doesNotContain("chess");

        site.add(List.of(NewsSite.UNRELATED));

        new WebDriverWait(browser, Duration.ofSeconds(120)).until(b -> mainText().contains("Velmont chess club wins the regional title"));
        assertThat(js.executeScript("return window.storylineMarker;")).isEqualTo("same page");
        assertThat(mainText()).contains("from 5 articles");
        screenshot("watch-front-page.png");

        browser.get(base + "/feeds");
        assertThat(browser.findElements(By.cssSelector("#feeds tr.feed"))).hasSize(2);
        screenshot("feeds-page.png");
    }

    /** The page's main text, read in one script call: live.js may swap the element at any moment. */
    private String mainText() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return document.querySelector('main').innerText;"));
    }

    private String serve(Path feeds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                StorylineCli.class.getName(), "serve", "--port", "0", "--store", dir.resolve("store").toString(),
                "--watch", feeds.toString(), "--every", "1s", "--delay", "0")).redirectErrorStream(true).start();
        CompletableFuture<String> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    System.out.println("serve --watch: " + line);
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        port.complete(serving.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new AssertionError("serve --watch ended before it listened"));
        });
        reader.setDaemon(true);
        reader.start();
        return "http://127.0.0.1:" + port.get(2, TimeUnit.MINUTES);
    }

    private void waitForArticles(String base, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (RecordJson.mapper().readTree(stats.body()).path("articles").asInt() >= n) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("serve --watch stored fewer than " + n + " articles in time");
    }

    private ChromeDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
