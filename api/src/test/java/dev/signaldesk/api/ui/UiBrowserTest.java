package dev.signaldesk.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signaldesk.api.testing.DemoCorpusDataDir;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages in a real browser over the demo corpus, on a random port. Each scenario ends with a
 * screenshot in {@code docs/screenshots/}; a failing one leaves {@code target/ui-failures/}.
 */
@Tag("browser")
@MicronautTest
class UiBrowserTest extends DemoCorpusDataDir {
  @Inject EmbeddedServer server;

  Browser browser;

  @RegisterExtension
  final TestWatcher onFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (browser != null) {
            browser.screenshot(
                Path.of("target", "ui-failures"), context.getRequiredTestMethod().getName());
          }
        }
      };

  @BeforeAll
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private void open(String path) {
    browser.driver().get(server.getURL() + path);
  }

  private WebElement find(String css) {
    return browser.await(d -> d.findElement(By.cssSelector(css)));
  }

  @Test
  void searchFacetThenDocumentShowsThePriceNormalisation() {
    open("/search?q=H100");
    find("#hits .hit");
    browser.screenshot(Browser.SCREENSHOTS, "search");
    WebElement facet = find(".facetlink[data-facet='kind:news']");
    facet.click();
    browser.await(d -> d.getCurrentUrl().contains("kind=news"));
    assertThat(find(".facetlink[data-facet='kind:news']").getAttribute("aria-pressed"))
        .isEqualTo("true");
    find("#hits .hit-title").click();
    WebElement mark = find("mark.price");
    new Actions(browser.driver()).moveToElement(mark).perform();
    mark.sendKeys(Keys.NULL);
    WebElement tip = find("#" + mark.getAttribute("aria-describedby"));
    browser.await(d -> tip.isDisplayed());
    assertThat(tip.getText()).containsPattern("(CNY|USD)").contains("rule");
    browser.screenshot(Browser.SCREENSHOTS, "document");
  }

  @Test
  void badQueryShowsTheErrorInlineWithItsPosition() {
    open(
        "/search?q="
            + java.net.URLEncoder.encode("H100 AND (出租", java.nio.charset.StandardCharsets.UTF_8));
    WebElement error = find("#q-error");
    assertThat(find("#q-error .pos").getText()).endsWith(" 9");
    assertThat(find("#q-error mark.errpos").getText()).isEqualTo("(");
    assertThat(find("#q").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(find("#q").getAttribute("value")).isEqualTo("H100 AND (出租");
    browser.screenshot(Browser.SCREENSHOTS, "search-error");
  }

  @Test
  void pricesChartDrawsAndAClickListsReceipts() {
    open("/prices?model=H100&kind=rent&interval=month");
    WebElement chart = find("#chart[data-drawn='true']");
    assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
    new Actions(browser.driver()).moveToElement(find("#chart .u-over")).click().perform();
    assertThat(find("#receipts h2").getText()).matches(".*\\d{4}-\\d{2}.*");
    find("button.period").click();
    // The chart click may already have listed receipts; htmx then swaps the list for the period's,
    // so a link found before the swap goes stale. Read it inside the wait, looking again if so.
    String href =
        browser.await(
            d -> {
              try {
                return d.findElement(By.cssSelector("#receipts li.receipt a")).getAttribute("href");
              } catch (StaleElementReferenceException swapped) {
                return null;
              }
            });
    assertThat(href).contains("/doc/");
    browser.screenshot(Browser.SCREENSHOTS, "prices");
  }

  @Test
  void factCheckFindsItsSourceAndMarksTheNumbers() {
    open("/fact-check");
    find("#claim").sendKeys("高达80%的新建算力处于闲置", Keys.ENTER);
    WebElement origin = find("li.passage.earliest");
    assertThat(origin.findElement(By.cssSelector(".meta a")).getAttribute("href"))
        .endsWith(
            "/doc/"
                + dev.signaldesk.model.ReportIds.forDemo(
                    "jazzyear-idle-compute-80-percent-2025-03"));
    assertThat(origin.findElements(By.cssSelector("mark.num"))).isNotEmpty();
    browser.screenshot(Browser.SCREENSHOTS, "fact-check");
  }

  @Test
  void pressurePageDrawsSellBuyAndSentiment() {
    open("/pressure");
    WebElement chart = find("#pressure-chart[data-drawn='true']");
    assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("table.data tbody tr"))).isNotEmpty();
    browser.screenshot(Browser.SCREENSHOTS, "pressure");
  }

  private void useKey() {
    find("#api-key").sendKeys(ADMIN_KEY);
    find("#key-form button[type='submit']").click();
    browser.await(
        d -> "true".equals(d.findElement(By.id("key-form")).getAttribute("data-has-key")));
  }

  @Test
  void savedQueryReceivesTheUploadedChatMatchLive() throws Exception {
    open("/alerts");
    useKey();
    find("#sq-name").sendKeys("H20 racks in Zhongwei");
    find("#sq-query").sendKeys("H20 AND (宁夏 OR Zhongwei)");
    find("#sq-submit").click();
    browser.await(d -> d.findElement(By.id("live")).getAttribute("data-watching") != null);
    assertThat(find("#sq-list li.sq").getText()).contains("H20 racks in Zhongwei");
    assertThat(find("#atom-url").getAttribute("value")).endsWith("/feed");
    String alerts = browser.driver().getWindowHandle();

    browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    open("/import");
    useKey();
    Path export = Path.of("src", "test", "resources", "ui", "rack-traders-telegram.json");
    find("#import-file").sendKeys(export.toAbsolutePath().toString());
    find("#import-form button[type='submit']").click();
    WebElement imported = find("#import-facts dd[data-key='imported']");
    browser.await(d -> !imported.getText().isBlank());
    assertThat(imported.getText()).isEqualTo("2");
    browser.screenshot(Browser.SCREENSHOTS, "import");
    browser.driver().close();

    browser.driver().switchTo().window(alerts);
    browser.await(d -> d.findElements(By.cssSelector("#live li.match")).size() == 2);
    assertThat(find("#live li.match a").getAttribute("href")).contains("/doc/chat-");
    browser.screenshot(Browser.SCREENSHOTS, "alerts");
  }

  @Test
  void languageLinkSwitchesToChineseAndThePageFitsAPhone() {
    open(
        "/search?q="
            + java.net.URLEncoder.encode("出租 H100", java.nio.charset.StandardCharsets.UTF_8));
    find("a.lang").click();
    browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("搜索报道"));
    assertThat(browser.driver().getCurrentUrl()).contains("q=");
    browser.resize(390, 844);
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(overflow).isEqualTo(false);
    browser.screenshot(Browser.SCREENSHOTS, "search-zh-phone");
    browser.resize(1280, 900);
    find("a.lang").click();
    browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("Search reports"));
  }
}
