package org.caresettle.batch.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the console's tests: Debian's headless Chromium driven through its
 * chromedriver, offline (nothing is downloaded; Selenium Manager is not asked). Where the browser
 * is not installed (a fresh machine with only a JDK) the test is skipped and says so; CI installs
 * it and fails when a browser test was skipped ({@code .ci/check-browser-tests}).
 */
public final class HeadlessBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SETTLEMENT_TEST_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(
            System.getenv().getOrDefault("SETTLEMENT_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final WebDriver driver;

    private HeadlessBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser, or skips the calling test when it is not installed. */
    public static HeadlessBrowser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.out.println("[browser-tests] skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        System.out.println("[browser-tests] using " + CHROMIUM + " with " + CHROMEDRIVER);
        return new HeadlessBrowser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as a PNG, for the guides and for a failing test's reader. */
    public Path screenshot(Path file) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.getParent());
        return Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
