package dev.junction.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real icon resources through the real JavaFX image loader (headless platform). */
class AppIconsTest {

    @BeforeAll
    static void startJavaFx() throws InterruptedException {
        // JavaFX 26's own headless platform: no display needed, and no Monocle
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyWindowIconLoadsAtItsOwnSize() throws Exception {
        CompletableFuture<List<Image>> loading = new CompletableFuture<>();
        Platform.runLater(() -> loading.complete(AppIcons.images()));
        List<Image> images = loading.get(30, TimeUnit.SECONDS);

        assertThat(images).hasSize(7);
        for (Image image : images) {
            awaitLoaded(image);
            assertThat(image.isError()).as(image.getUrl()).isFalse();
            assertThat(image.getWidth()).as(image.getUrl()).isEqualTo(image.getHeight());
            assertThat(image.getUrl()).endsWith("app-" + (int) image.getWidth() + ".png");
        }
        assertThat(images).extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }

    private static void awaitLoaded(Image image) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (image.getProgress() >= 1.0 || image.isError()) {
                done.countDown();
            } else {
                image.progressProperty().addListener((obs, old, progress) -> {
                    if (progress.doubleValue() >= 1.0) {
                        done.countDown();
                    }
                });
                image.errorProperty().addListener((obs, old, error) -> done.countDown());
            }
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).as("loaded " + image.getUrl()).isTrue();
    }
}
