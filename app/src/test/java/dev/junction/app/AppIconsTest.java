package dev.junction.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
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
    void theStageGetsEveryWindowSizeAlreadyLoaded() throws Exception {
        CompletableFuture<List<Image>> icons = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            AppIcons.applyTo(stage);
            // inspected at once: icons still loading when set would never reach the window manager
            icons.complete(List.copyOf(stage.getIcons()));
        });
        List<Image> images = icons.get(30, TimeUnit.SECONDS);

        assertThat(images).extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        for (Image image : images) {
            assertThat(image.isError()).as(image.getUrl()).isFalse();
            assertThat(image.getProgress()).as(image.getUrl()).isEqualTo(1.0);
            assertThat(image.getHeight()).as(image.getUrl()).isEqualTo(image.getWidth());
            assertThat(image.getUrl()).endsWith("/dev/junction/icons/app-" + (int) image.getWidth() + ".png");
        }
    }
}
