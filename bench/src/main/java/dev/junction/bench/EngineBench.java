package dev.junction.bench;

import dev.junction.engine.LocalExecutor;
import dev.junction.engine.Secrets;
import dev.junction.run.RunRequest;
import dev.junction.run.RunStatus;
import dev.junction.workflow.Workflow;
import dev.junction.workflow.load.WorkflowLoader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Engine overhead against the cost of the work itself, measured in one process run: each workload runs
 * through the real engine (loader, scheduler, process runner, H2 store) and as the raw equivalent, warmed
 * up first, then alternated; medians are printed with their ratio.
 *
 * <p>Run with {@code bench/run}; not part of the test suite (timings depend on the machine).
 */
public final class EngineBench {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    /**
     * How long each workload alternates engine and raw runs before measuring, as JMH warms up: until the JIT has
     * compiled the engine, H2 and JDBI (about 20,000 process steps on two cores) its compiler threads compete
     * with the spawns for the cores, and that is start-up cost, not per-step overhead. The first, cold run is
     * printed too.
     */
    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.warmupSeconds", 30));

    private static final String FIBO = "def f(n): return n if n < 2 else f(n-1) + f(n-2)\\nprint(f(10))";

    private final Path dataDir;
    private final LocalExecutor executor;

    private EngineBench(Path dataDir) {
        this.dataDir = dataDir;
        this.executor = LocalExecutor.open(dataDir, Secrets.none());
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("junction-bench-");
        EngineBench bench = new EngineBench(dir);
        try {
            List<String> only = List.of(args);
            System.out.printf(Locale.ROOT, "Junction engine benchmark — %d cores, Java %s, %d rounds (median)%n%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.version(), ROUNDS);
            System.out.printf(Locale.ROOT, "%-12s %12s %10s %12s %10s %8s  %-34s %s%n",
                    "workload", "engine ms", "ms/step", "raw ms", "ms/step", "ratio", "target",
                    "JVM CPU ms/step engine / raw");
            System.out.printf(Locale.ROOT, "(each workload warmed up for %d s first)%n", TimeUnit.NANOSECONDS.toSeconds(WARM_UP_NANOS));
            if (only.isEmpty() || only.contains("chain-100")) {
                bench.chain();
            }
            if (only.isEmpty() || only.contains("fan-1000")) {
                bench.fan();
            }
            if (only.isEmpty() || only.contains("python-40")) {
                bench.python();
            }
            if (only.isEmpty() || only.contains("noop-10000")) {
                bench.noop();
            }
        } finally {
            bench.executor.close();
        }
    }

    private void chain() throws Exception {
        StringBuilder yaml = new StringBuilder("name: chain-100\nsteps:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  s").append(i).append(":\n    run: /bin/true\n");
            if (i > 0) {
                yaml.append("    needs: [s").append(i - 1).append("]\n");
            }
        }
        Workflow wf = load("chain-100", yaml.toString());
        compare("chain-100", 100, () -> runEngine(wf, null), () -> {
            for (int i = 0; i < 100; i++) {
                spawn("/bin/true");
            }
        }, "≤ 1.15×");
    }

    private void fan() throws Exception {
        StringBuilder yaml = new StringBuilder("name: fan-1000\nmax-parallel: 2\nsteps:\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("  s").append(i).append(": { run: /bin/true }\n");
        }
        Workflow wf = load("fan-1000", yaml.toString());
        compare("fan-1000", 1000, () -> runEngine(wf, 2), () -> {
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    all.add(pool.submit(() -> {
                        spawn("/bin/true");
                        return null;
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            }
        }, "throughput ≥ 0.85× (ratio ≤ 1.18)");
    }

    private void python() throws Exception {
        StringBuilder yaml = new StringBuilder("name: python-40\nsteps:\n");
        for (int i = 0; i < 40; i++) {
            yaml.append("  s").append(i).append(":\n    script: { language: python, code: \"").append(FIBO).append("\" }\n");
            if (i > 0) {
                yaml.append("    needs: [s").append(i - 1).append("]\n");
            }
        }
        Workflow wf = load("python-40", yaml.toString());
        String code = FIBO.replace("\\n", "\n");
        compare("python-40", 40, () -> runEngine(wf, null), () -> {
            for (int i = 0; i < 40; i++) {
                spawn("python3", "-c", code);
            }
        }, "≤ 1.1×");
    }

    private void noop() throws Exception {
        int width = 100;
        StringBuilder yaml = new StringBuilder("name: noop-10000\nsteps:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  n").append(i).append(": { noop: {}");
            if (i >= width) {
                yaml.append(", needs: [n").append(i - width).append(']');
            }
            yaml.append(" }\n");
        }
        Workflow wf = load("noop-10000", yaml.toString());
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        do {
            runEngine(wf, null);
        } while (System.nanoTime() < warmUpEnd);
        List<Long> times = new ArrayList<>();
        long peak = 0;
        for (int r = 0; r < ROUNDS; r++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            runEngine(wf, null);
            executor.history(new dev.junction.run.HistoryQuery(null, 1)); // waits until every event is stored
            times.add(System.nanoTime() - t0);
            peak = Math.max(peak, peakHeap());
        }
        double ms = median(times) / 1e6;
        System.out.printf(Locale.ROOT, "%-12s %12.1f %10.3f %12s %10s %8s  ≤ 1000 ms, peak heap %d MB (≤ 256 MB)%n",
                "noop-10000", ms, ms / 10_000, "-", "-", "-", peak / (1024 * 1024));
    }

    private interface Work {
        void run() throws Exception;
    }

    private void compare(String name, int steps, Work engine, Work raw, String target) throws Exception {
        double coldEngine = time(engine) / 1e6;
        double coldRaw = time(raw) / 1e6;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            engine.run();
            raw.run();
        }
        List<Long> engineTimes = new ArrayList<>();
        List<Long> rawTimes = new ArrayList<>();
        List<Long> engineCpu = new ArrayList<>();
        List<Long> rawCpu = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = cpuNanos();
            engineTimes.add(time(engine));
            engineCpu.add(cpuNanos() - cpu);
            cpu = cpuNanos();
            rawTimes.add(time(raw));
            rawCpu.add(cpuNanos() - cpu);
        }
        double e = median(engineTimes) / 1e6;
        double w = median(rawTimes) / 1e6;
        System.out.printf(Locale.ROOT, "%-12s %12.1f %10.3f %12.1f %10.3f %7.2f×  %-34s %.3f / %.3f%n",
                name, e, e / steps, w, w / steps, e / w, target,
                median(engineCpu) / 1e6 / steps, median(rawCpu) / 1e6 / steps);
        System.out.printf(Locale.ROOT, "%-12s %12.1f %10.3f %12.1f %10.3f %7.2f×  (first run, before the JIT warmed up)%n",
                "", coldEngine, coldEngine / steps, coldRaw, coldRaw / steps, coldEngine / coldRaw);
    }

    private static long time(Work work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return System.nanoTime() - t0;
    }

    private void runEngine(Workflow wf, Integer maxParallel) throws Exception {
        var options = RunRequest.RunOptions.DEFAULT.withTrigger("bench").withMaxParallel(maxParallel);
        RunStatus status = executor.submit(new RunRequest(wf, Map.of(), options), e -> { }).completion().get();
        if (status != RunStatus.SUCCESS) {
            throw new IllegalStateException(wf.name() + " ended " + status);
        }
    }

    private Workflow load(String name, String yaml) throws IOException {
        Path file = dataDir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return WorkflowLoader.standard().load(file).orThrow();
    }

    private static void spawn(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /**
     * CPU time of this JVM (all its threads, not the child processes): on two cores the engine's own CPU per
     * step is what competes with the spawns, so it explains a throughput ratio better than wall time does.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
