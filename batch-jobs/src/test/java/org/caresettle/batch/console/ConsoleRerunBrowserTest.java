package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.testsupport.HeadlessBrowser;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Four eyes on a rerun and the pooling-key what-if in a real browser (issue 14), on a console of its
 * own: the finance guide's October correction is taken in, finance user 1 asks for a rerun on the
 * period's page and sees the preview's corrections, signs out; finance user 2 approves it and the
 * period's page shows version 2 and its corrections. Then a what-if with the guide's proposed key.
 * Screenshots go to {@code batch-jobs/target/screenshots/} for the finance guide.
 */
@SlowTest
class ConsoleRerunBrowserTest {

    private static final Path EXAMPLES = Path.of("../docs/examples").toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = ConsoleBrowserTest.SCREENSHOTS;

    private static ConsoleServer server;

    @BeforeAll
    static void start() {
        server = ConsoleServer.startWithOwnSample();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void oneAsksASecondApprovesAndThePeriodShowsTheNewVersionThenAWhatIf() throws Exception {
        Files.copy(EXAMPLES.resolve("2026-11-20_41710148_90.csv"),
                server.data().resolve("inbox/2026-11-20_41710148_90.csv"));
        CliRun ingest = CliRun.run(server.database(), "ingest", "--data", server.data().toString(), "--out",
                server.out().toString());
        assertThat(ingest.exitStatus()).as(ingest.err()).isZero();

        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            WebDriver page = browser.driver();
            signIn(page, ConsoleServer.username(Role.FINANCE));
            page.get(server.uri("/periods/2026-10").toString());
            page.findElement(By.id("rerun-reason")).sendKeys("Correctie Kompas: 4 uur in plaats van 6 (KO261000057)");
            scrollTo(page, By.cssSelector("section.rerun-request"));
            browser.screenshot(SCREENSHOTS.resolve("7-rerun-request.png"));
            page.findElement(By.cssSelector("#rerun-request button")).click();
            await(page, By.id("rerun-state"));
            assertThat(page.findElement(By.id("rerun-state")).getText()).isEqualTo("Wacht op goedkeuring");
            assertThat(page.findElement(By.id("notice")).getText()).contains("Herberekening aangevraagd");
            assertThat(page.findElement(By.id("rerun-totals")).getText()).contains("0388 Enkhuizen", "-€ 15,73",
                    "-€ 204,00");
            assertThat(page.findElement(By.id("rerun-corrections")).getText()).contains("Directe kosten",
                    "41710148");
            assertThat(page.findElement(By.id("second-person")).getText()).contains("tweede medewerker");
            assertThat(page.findElements(By.id("approve-button"))).isEmpty();
            browser.screenshot(SCREENSHOTS.resolve("8-rerun-preview.png"));
            String request = page.getCurrentUrl();
            page.findElement(By.cssSelector("form.logout button")).click();
            await(page, By.id("username"));

            signIn(page, ConsoleServer.SECOND_FINANCE);
            page.findElement(By.linkText("Herberekeningen")).click();
            await(page, By.id("reruns"));
            page.findElement(By.cssSelector("a[href='" + URI.create(request).getPath() + "']")).click();
            await(page, By.id("approve-button"));
            browser.screenshot(SCREENSHOTS.resolve("9-rerun-approve.png"));
            page.findElement(By.id("approve-button")).click();
            await(page, By.id("notice"));
            assertThat(page.findElement(By.id("notice")).getText())
                    .isEqualTo("Goedgekeurd: versie 2 van periode 2026-10 is gepubliceerd.");
            assertThat(page.findElement(By.id("rerun-state")).getText()).isEqualTo("Gepubliceerd");

            page.findElement(By.id("period-link")).click();
            await(page, By.id("versions"));
            assertThat(page.findElements(By.cssSelector("#versions tbody tr"))).hasSize(2);
            assertThat(page.findElement(By.id("totals")).getText()).contains("v2");
            assertThat(page.findElement(By.id("corrections")).getText()).contains("-€ 204,00", "Enkhuizen");
            assertThat(page.findElement(By.id("period-reruns")).getText()).contains("Gepubliceerd");
            scrollTo(page, By.id("totals"));
            browser.screenshot(SCREENSHOTS.resolve("10-period-after-rerun.png"));

            page.findElement(By.id("whatif-link")).click();
            await(page, By.id("pooling-key"));
            page.findElement(By.id("pooling-key"))
                    .sendKeys(EXAMPLES.resolve("pooling_keys_proposed.csv").toString());
            page.findElement(By.id("whatif-reason")).sendKeys("Voorstel bestuur: Enkhuizen +1 procentpunt");
            page.findElement(By.id("whatif-button")).click();
            await(page, By.id("whatif-comparison"));
            assertThat(page.findElement(By.id("whatif-difference-total")).getText()).isEqualTo("€ 0,00");
            assertThat(page.findElement(By.id("whatif-comparison")).getText()).contains("0388 Enkhuizen",
                    "0405 Hoorn");
            browser.screenshot(SCREENSHOTS.resolve("11-whatif.png"));
        }
    }

    private void signIn(WebDriver page, String username) {
        page.get(server.uri("/login").toString());
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(ConsoleServer.PASSWORD);
        page.findElement(By.cssSelector("form[action='/login'] button, form[action='/login'] input[type=submit]")).click();
        await(page, By.id("period-totals"));
    }

    /** The part the guide's screenshot is about at the top of the window (the file lists are long). */
    private static void scrollTo(WebDriver page, By element) {
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView();", page.findElement(element));
    }

    private static void await(WebDriver page, By element) {
        new WebDriverWait(page, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(element));
    }
}
