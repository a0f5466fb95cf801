package dev.rootline.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The incident pages in headless Chromium (Debian's chromium and chromedriver; nothing is downloaded):
 * the list, an incident with its ranked causes, a drawn graph and charts, and a label given on the
 * page and then listed.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@ExtendWith(ScreenshotOnFailure.class)
class IncidentBrowserIT {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ID = "inc-browser-checkout";
  private static WebDriver browser;
  private static Path profile;

  @TestHTTPResource("/")
  URL root;

  @Inject
  ReportStore reports;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver); "
            + ".ci/run installs them");
    profile = Files.createTempDirectory("rootline-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,2400", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Supplier<byte[]> screenshot = () -> ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    System.getProperties().put(ScreenshotOnFailure.SOURCE, screenshot);
  }

  @AfterAll
  static void stopBrowser() {
    System.getProperties().remove(ScreenshotOnFailure.SOURCE);
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void incidentPage_drawsGraphAndCharts_andTakesALabelThatIsThenListed() throws IOException {
    Instant onset = ReportFixtures.CHECKOUT_WITH_SERIES.incident().onset();
    RcaReport report = ReportFixtures.report(ID, 3, onset, onset.plusSeconds(170))
        .withSeries(ReportFixtures.CHECKOUT_WITH_SERIES.series())
        .withTraces(ReportFixtures.CHECKOUT_WITH_TRACES.traces());
    reports.save(report);

    browser.get(root + "incidents");
    browser.findElement(By.cssSelector("tr[data-id='" + ID + "'] a")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/incidents/" + ID));

    List<WebElement> causes = browser.findElements(By.cssSelector("li.cause"));
    assertThat(causes).extracting(c -> c.getAttribute("data-service")).containsExactly("checkout", "postgres-orders");
    assertThat(causes.get(0).getText()).contains("code-change", "87%", "deployed 40 s before errors began");

    waitFor(() -> count("#graph svg path") >= 4 && svgText("#graph").contains("postgres-orders"));
    assertThat(svgText("#graph")).contains("frontend", "checkout", "payment", "cart");
    assertThat(browser.findElement(By.id("graph")).getAttribute("data-path-edges")).as("frontend -> checkout")
        .isEqualTo("1");
    waitFor(() -> count("#charts canvas") >= 4);
    assertThat(drawnPixels("#charts .chart-row[data-service='checkout'] canvas")).isGreaterThan(2_000);
    assertWaterfallsDrawn();
    readmeScreenshot();

    new Select(browser.findElement(By.id("label-service"))).selectByValue("postgres-orders");
    new Select(browser.findElement(By.id("label-indicator"))).selectByValue("latency");
    browser.findElement(By.id("label-by")).sendKeys("browser-test");
    browser.findElement(By.id("label-note")).sendKeys("the orders database, not the deploy");
    browser.findElement(By.id("label-submit")).click();
    waitFor(() -> count("#labels tr.label-row") == 1);
    assertThat(browser.findElement(By.cssSelector("#labels tr.label-row")).getText())
        .contains("postgres-orders", "latency", "browser-test", "api", "the orders database, not the deploy");

    browser.findElement(By.id("confirm-top")).click();
    waitFor(() -> count("#labels tr.label-row") == 2);
    browser.get(root + "incidents");
    assertThat(browser.findElement(By.cssSelector("tr[data-id='" + ID + "']")).getText())
        .contains("cause: checkout (code-change)");
  }

  /** Two waterfalls side by side, every bar laid out with a width, failing spans red, the cause's outlined. */
  private static void assertWaterfallsDrawn() {
    List<WebElement> waterfalls = browser.findElements(By.cssSelector("#traces .waterfall"));
    assertThat(waterfalls).extracting(w -> w.getAttribute("data-role")).containsExactly("failing", "normal");
    assertThat(waterfalls.get(0).getRect().getY()).as("side by side").isEqualTo(waterfalls.get(1).getRect().getY());
    List<WebElement> bars = browser.findElements(By.cssSelector("#traces .waterfall[data-role='failing'] .span-bar"));
    assertThat(bars).hasSize(5).allSatisfy(bar -> {
      assertThat(bar.isDisplayed()).isTrue();
      assertThat(bar.getRect().getWidth()).isPositive();
    });
    WebElement order = browser.findElement(By.cssSelector(
        "#traces .waterfall[data-role='failing'] .span-row.failed.in-cause .span-bar"));
    assertThat(order.getCssValue("background-color")).isEqualTo("rgba(217, 48, 37, 1)");
    int normalWidth = browser.findElements(By.cssSelector("#traces .waterfall[data-role='normal'] .span-bar")).get(0)
        .getRect().getWidth();
    assertThat(bars.get(0).getRect().getWidth()).as("one time axis: the slow failing root is the wider bar")
        .isGreaterThan(3 * normalWidth);
  }

  private static int count(String css) {
    return browser.findElements(By.cssSelector(css)).size();
  }

  private static String svgText(String css) {
    return browser.findElements(By.cssSelector(css + " svg text")).stream().map(WebElement::getText)
        .reduce("", (a, b) -> a + " " + b);
  }

  /** Pixels the chart drew on its canvas, not merely a canvas on the page. */
  private static long drawnPixels(String css) {
    Object drawn = ((JavascriptExecutor) browser).executeScript("""
        const canvas = document.querySelector(arguments[0]);
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) n++; }
        return n;""", css);
    return ((Number) drawn).longValue();
  }

  private static void waitFor(Supplier<Boolean> condition) {
    new WebDriverWait(browser, WAIT).until(driver -> condition.get());
  }

  /** With ROOTLINE_README_SCREENSHOT set, keeps the drawn incident page there (docs/images/incident-page.png). */
  private static void readmeScreenshot() throws IOException {
    var target = ScreenshotOnFailure.readmeScreenshot();
    if (target.isPresent()) {
      Files.createDirectories(target.get().toAbsolutePath().getParent());
      Files.write(target.get(), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
  }
}
