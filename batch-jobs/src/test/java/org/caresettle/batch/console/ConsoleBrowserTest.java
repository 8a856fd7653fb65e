package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.testsupport.HeadlessBrowser;
import org.caresettle.batch.users.Role;
import org.caresettle.core.value.Period;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (issue 13): headless Chromium signs in as a municipality's finance
 * officer and as the region's finance office and walks overview, period, invoice, the lines behind
 * an invoice line, and a download, checking what the pages show against the statement files on
 * disk; and (issue 16) a period's results, signals and provider landscape. Screenshots go to
 * {@code batch-jobs/target/screenshots/} (the guides show them).
 */
@SlowTest
class ConsoleBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Period PERIOD = Period.parse("2026-10");

    private final ConsoleServer server = ConsoleServer.shared();

    @Test
    void aMunicipalityUserWalksFromTheOverviewToADownloadAndSeesOnlyHoorn() throws Exception {
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            WebDriver page = browser.driver();
            signIn(page, Role.MUNICIPALITY);
            List<WebElement> municipalities = page.findElements(By.cssSelector("#period-totals tbody tr"));
            assertThat(municipalities).singleElement().extracting(WebElement::getText).asString()
                    .contains("0405").contains("Hoorn");
            assertThat(digits(page.findElement(By.cssSelector("#period-totals tbody td.amount")).getText()))
                    .isEqualTo(invoiceTotalCents("0405"));
            browser.screenshot(SCREENSHOTS.resolve("1-overview-municipality.png"));

            page.findElement(By.linkText(PERIOD.toString())).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
            assertThat(page.findElement(By.id("totals")).getText()).contains("Hoorn").doesNotContain("0388");
            browser.screenshot(SCREENSHOTS.resolve("2-period.png"));

            page.findElement(By.cssSelector("#totals tbody a")).click();
            WebElement total = page.findElement(By.id("invoice-total"));
            assertThat(digits(total.getText())).isEqualTo(invoiceTotalCents("0405"));
            assertThat(total.getText()).as("Dutch amounts: € 1.234,56").startsWith("€").contains(",");
            browser.screenshot(SCREENSHOTS.resolve("3-invoice.png"));
            String invoice = page.getCurrentUrl();
            String download = page.findElement(By.xpath("//a[@class='file' and text()='invoice_0405.csv']"))
                    .getAttribute("href");

            page.findElement(By.cssSelector("#invoice-lines a")).click();
            WebElement behind = page.findElement(By.id("lines-behind"));
            assertThat(behind.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
            assertThat(page.getPageSource()).as("no BSN on a page").doesNotContainPattern("\\b\\d{9}\\b");
            browser.screenshot(SCREENSHOTS.resolve("4-lines-behind.png"));

            byte[] downloaded = server.browser().signedInAs(Role.MUNICIPALITY).getBytes(URI.create(download).getPath());
            assertThat(downloaded).isEqualTo(Files.readAllBytes(invoiceFile("0405")));

            page.navigate().to(invoice.replace("/municipalities/0405", "/municipalities/0388"));
            assertThat(page.getPageSource()).doesNotContain("id=\"invoice-total\"");
            assertThat(page.getTitle() + page.getPageSource()).containsAnyOf("403", "geen toegang", "Geen toegang");
        }
    }

    @Test
    void theFinanceOfficeSeesEveryMunicipalityTheRegionTotalAndTheTrendChart() throws Exception {
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            WebDriver page = browser.driver();
            signIn(page, Role.FINANCE);
            List<WebElement> rows = page.findElements(By.cssSelector("#period-totals tbody tr"));
            long invoices;
            long sum = 0;
            try (var files = Files.list(VersionFolders.of(server.out(), PERIOD).published(1))) {
                List<Path> invoiceFiles = files.filter(f -> f.getFileName().toString().startsWith("invoice_")).toList();
                invoices = invoiceFiles.size();
                for (Path file : invoiceFiles) {
                    sum += totalCents(file);
                }
            }
            assertThat(rows).hasSize((int) invoices);
            assertThat(digits(page.findElement(By.id("region-total")).getText())).isEqualTo(sum);
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
            assertThat(page.findElement(By.id("periods")).getText()).contains("Gepubliceerd");
            browser.screenshot(SCREENSHOTS.resolve("5-overview-finance.png"));

            // Spend against budget, per municipality and law, with its chart (issue 13, page 1).
            WebElement hoorn = page.findElement(By.id("budget-0405"));
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView();", hoorn);
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#budget-0405 canvas")));
            assertThat(hoorn.getText()).contains("€");
            browser.screenshot(SCREENSHOTS.resolve("6-budget.png"));
        }
    }

    /** Issue 16: from the period page to the results (with their quarter bars), the signals and the landscape. */
    @Test
    void theFinanceOfficeOpensAPeriodsResultsSignalsAndLandscape() throws Exception {
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            WebDriver page = browser.driver();
            signIn(page, Role.FINANCE);
            page.get(server.uri("/periods/" + PERIOD).toString());
            page.findElement(By.id("results-link")).click();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
            assertThat(page.findElement(By.id("results")).getText()).contains("6 van 8 (75,0 %)", "€ 5.742,92");
            assertThat(page.findElements(By.cssSelector("#quarters td.chart svg rect.this-year"))).isNotEmpty();
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView();",
                    page.findElement(By.id("results")));
            browser.screenshot(SCREENSHOTS.resolve("12-results.png"));

            page.findElement(By.id("signals-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signals")));
            WebElement first = page.findElement(By.cssSelector("#signals tbody.provider"));
            assertThat(first.getAttribute("data-agb")).isEqualTo("41710148");
            assertThat(first.getText()).contains("Alarm (ALERT)", "46,81 %", "KO261000052 (2×)");
            assertThat(page.getPageSource()).as("no BSN on a page").doesNotContainPattern("\\b\\d{9}\\b");
            browser.screenshot(SCREENSHOTS.resolve("13-signals.png"));

            page.get(server.uri("/periods/" + PERIOD + "/landscape").toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("landscape")));
            assertThat(page.findElement(By.id("landscape")).getText()).contains("86,59 %", "7.678");
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView();",
                    page.findElement(By.id("landscape")));
            browser.screenshot(SCREENSHOTS.resolve("14-landscape.png"));
        }
    }

    private void signIn(WebDriver page, Role role) {
        page.get(server.uri("/login").toString());
        page.findElement(By.id("username")).sendKeys(ConsoleServer.username(role));
        page.findElement(By.id("password")).sendKeys(ConsoleServer.PASSWORD);
        page.findElement(By.cssSelector("form[action='/login'] button, form[action='/login'] input[type=submit]")).click();
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("period-totals")));
    }

    private Path invoiceFile(String municipality) {
        return VersionFolders.of(server.out(), PERIOD).published(1).resolve("invoice_" + municipality + ".csv");
    }

    private long invoiceTotalCents(String municipality) throws IOException {
        return totalCents(invoiceFile(municipality));
    }

    /** The amount_cents of the TOTAL row (the statement format of SPEC section 10). */
    private static long totalCents(Path invoice) throws IOException {
        List<String> lines = Files.readAllLines(invoice, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        String total = lines.stream().filter(line -> line.contains(",TOTAL,")).findFirst().orElseThrow();
        return Long.parseLong(total.split(",", -1)[header.indexOf("amount_cents")]);
    }

    private static long digits(String amount) {
        String digits = amount.replaceAll("[^0-9-]", "");
        return Long.parseLong(digits);
    }
}
