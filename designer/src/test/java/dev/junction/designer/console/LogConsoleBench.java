package dev.junction.designer.console;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.junction.run.LogLine;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * How long the FX thread stalls while the console takes 100,000 log lines from another thread. Not a test:
 * run it with {@code bench/console} (the figure depends on the machine).
 *
 * <p>Two probes run during each workload: an animation timer that records the longest gap between pulses
 * (a gap beyond one frame is time the FX thread could not draw), and a thread that posts a task to the FX
 * thread every 2 ms and records how long the longest one waited (how late input would be handled).
 */
public final class LogConsoleBench {

    private static final int LINES = Integer.getInteger("bench.lines", 100_000);
    private static final long TIMEOUT_S = 120;

    private LogConsoleBench() {}

    public static void main(String[] args) throws Exception {
        boolean dark = List.of(args).contains("dark");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        LogConsoleViewModel model = onFx(LogConsoleViewModel::new);
        onFx(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new LogConsoleView(model), 1280, 800);
            scene.addPostLayoutPulseListener(() -> {
                if (Probe.current != null) {
                    Probe.current.layoutDone();
                }
            });
            stage.setScene(scene);
            stage.show();
            return null;
        });
        System.out.printf(Locale.ROOT, "Log console benchmark — %d cores, Java %s, JavaFX %s, glass %s, prism %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), System.getProperty("javafx.runtime.version"),
                System.getProperty("glass.platform", "default"), System.getProperty("prism.order", "default"));
        System.out.printf(Locale.ROOT, "load average %.1f; GC %s%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        GcPauses.install();
        System.out.printf(Locale.ROOT, "%-36s %8s %8s %9s %8s %10s %9s %9s%n", "workload (" + String.format("%,d", LINES) + " lines)",
                "apply ms", "max gap", "max wait", "p99 gap", "max pulse", "pulse cpu", "max GC");

        run(model, "warm-up (discarded)", false, "", false, 0);
        run(model, "burst, follow on", true, "", false, 0);
        run(model, "burst, follow on, search highlight", true, "error", false, 0);
        run(model, "burst, filter mode on", true, "error", true, 0);
        run(model, "streamed over 2 s, follow on", true, "", false, 2_000);
        run(model, "burst, follow off (scrolled up)", false, "", false, 0);

        var threads = ManagementFactory.getThreadMXBean();
        long[] filter = onFx(() -> {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            model.queryProperty().set("step 3");
            model.filterModeProperty().set(true);
            return new long[] {(System.nanoTime() - t0) / 1_000_000, (threads.getCurrentThreadCpuTime() - c0) / 1_000_000};
        });
        long[] unfilter = onFx(() -> {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            model.filterModeProperty().set(false);
            model.queryProperty().set("");
            return new long[] {(System.nanoTime() - t0) / 1_000_000, (threads.getCurrentThreadCpuTime() - c0) / 1_000_000};
        });
        System.out.printf(Locale.ROOT, "%nfilter mode on over %,d lines: %d ms on the FX thread (%d ms cpu); off: %d ms (%d ms cpu)%n",
                onFx(model::lineCount), filter[0], filter[1], unfilter[0], unfilter[1]);

        // bounded memory: three times the capacity, then measure what stays reachable
        onFx(() -> {
            model.beginRun("bounded");
            model.flush();
            return null;
        });
        feed(model, "bounded", LogConsoleViewModel.DEFAULT_CAPACITY * 3, 0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (onFx(() -> model.lineCount() + model.droppedCountProperty().get()) < LogConsoleViewModel.DEFAULT_CAPACITY * 3L
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "after %,d lines: %,d kept, %,d dropped, heap in use %d MB%n",
                LogConsoleViewModel.DEFAULT_CAPACITY * 3, onFx(model::lineCount),
                onFx(() -> model.droppedCountProperty().get()), used / (1024 * 1024));
        System.out.printf(Locale.ROOT, "load average %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("""
                ms columns: apply = first line offered to last line in the list; max gap = longest time between two
                pulses; max wait = longest a task posted to the FX thread waited; max pulse = longest animation + CSS +
                layout work of one pulse; pulse cpu = the same in FX-thread CPU time (independent of machine load);
                max GC = longest stop-the-world GC pause during the workload (it stops the FX thread too).""");
        Platform.exit();
    }

    private static void run(LogConsoleViewModel model, String name, boolean follow, String query, boolean filter,
                            long spreadMs) throws Exception {
        String runId = "run-" + name.hashCode();
        onFx(() -> {
            model.followProperty().set(follow);
            model.queryProperty().set(query);
            model.filterModeProperty().set(filter);
            model.beginRun(runId);
            model.flush();
            return null;
        });
        GcPauses.takeMax();
        Probe probe = Probe.start();
        long t0 = System.nanoTime();
        feed(model, runId, LINES, spreadMs);
        awaitCount(model, LINES);
        long applyMs = (System.nanoTime() - t0) / 1_000_000;
        Thread.sleep(300); // the frames right after the last batch (layout, cells) count too
        probe.stop();
        if (!name.contains("discarded")) {
            System.out.printf(Locale.ROOT, "%-36s %8d %8.1f %9.1f %8.1f %10.1f %9.1f %9d%n", name, applyMs, probe.maxGapMs(),
                    probe.maxWaitMs(), probe.p99GapMs(), probe.maxWorkMs(), probe.maxWorkCpuMs(), GcPauses.takeMax());
        }
    }

    /** Lines as a busy build writes them: several steps, some coloured, some long. */
    private static void feed(LogConsoleViewModel model, String runId, int count, long spreadMs) throws InterruptedException {
        String[] steps = {"checkout", "build", "test[jdk=21]", "test[jdk=25]", "package"};
        Thread producer = Thread.ofPlatform().name("bench-producer").start(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String text = switch (i % 10) {
                    case 0 -> "\u001b[32m✔\u001b[0m step " + (i % 7) + " passed in " + (i % 97) + " ms";
                    case 3 -> "\u001b[1;31merror\u001b[0m: something failed at line " + i + " of src/main/java/Foo.java";
                    case 5 -> "[INFO] " + "Downloading https://repo.example.org/artifact-" + i + ".jar ".repeat(3);
                    default -> "compiling module " + (i % 13) + " file " + i + ".java";
                };
                model.offer(new LogLine(runId, steps[i % steps.length], i, Instant.now(),
                        i % 17 == 0 ? LogLine.Stream.ERR : LogLine.Stream.OUT, text));
                if (spreadMs > 0 && i % 1000 == 999) {
                    long due = start + TimeUnit.MILLISECONDS.toNanos(spreadMs * (i + 1) / count);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }
        });
        producer.join();
    }

    private static void awaitCount(LogConsoleViewModel model, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (onFx(model::lineCount) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("lines did not arrive: " + onFx(model::lineCount));
            }
            Thread.sleep(5);
        }
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** The longest stop-the-world collection since the last look, from the JVM's GC notifications. */
    private static final class GcPauses {
        private static final AtomicLong MAX_MS = new AtomicLong();

        static void install() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener((notification, handback) -> {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) notification.getUserData());
                        String name = info.getGcName(); // G1: "... Generation" are pauses; ZGC: "... Pauses"
                        if (!name.contains("Concurrent") && !name.contains("Cycles")) {
                            MAX_MS.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
                        }
                    }, n -> n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
                            null);
                }
            }
        }

        static long takeMax() {
            return MAX_MS.getAndSet(0);
        }
    }

    /** Pulse gaps and FX-queue waiting times while a workload runs. */
    private static final class Probe {
        static volatile Probe current;
        private final List<Long> gaps = new ArrayList<>();
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long pulseStart;
        private long pulseCpuStart;
        private long maxWork;
        private long maxWorkCpu;
        private final AtomicLong maxWait = new AtomicLong();
        private volatile boolean running = true;
        private AnimationTimer timer;
        private Thread pinger;

        static Probe start() throws Exception {
            Probe probe = new Probe();
            onFx(() -> {
                probe.timer = new AnimationTimer() {
                    long last;

                    @Override
                    public void handle(long now) {
                        long t = System.nanoTime();
                        if (last != 0) {
                            probe.gaps.add(t - last);
                        }
                        last = t;
                        probe.pulseStart = t;
                        probe.pulseCpuStart = THREADS.getCurrentThreadCpuTime();
                    }
                };
                probe.timer.start();
                current = probe;
                return null;
            });
            probe.pinger = Thread.ofPlatform().daemon().name("bench-ping").start(() -> {
                while (probe.running) {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> probe.maxWait.accumulateAndGet(System.nanoTime() - posted, Math::max));
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return probe;
        }

        void stop() throws Exception {
            running = false;
            pinger.join();
            onFx(() -> {
                timer.stop();
                current = null;
                return null;
            });
        }

        /** FX thread: the end of a pulse's animation, CSS and layout work. */
        void layoutDone() {
            if (pulseStart != 0) {
                maxWork = Math.max(maxWork, System.nanoTime() - pulseStart);
                maxWorkCpu = Math.max(maxWorkCpu, THREADS.getCurrentThreadCpuTime() - pulseCpuStart);
                pulseStart = 0;
            }
        }

        double maxWorkCpuMs() {
            return maxWorkCpu / 1e6;
        }

        double maxWorkMs() {
            return maxWork / 1e6;
        }

        double maxGapMs() {
            return gaps.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }

        double p99GapMs() {
            long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] / 1e6;
        }

        double maxWaitMs() {
            return maxWait.get() / 1e6;
        }
    }
}
