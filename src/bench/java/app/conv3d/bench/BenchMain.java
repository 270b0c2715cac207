package app.conv3d.bench;

import app.conv3d.core.Conv3d;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link Conv3dBenchmark} through JMH's Runner and prints one table comparing our engine with
 * ONNX Runtime: median, mean and minimum time per call, and the ratio of the medians (ONNX Runtime / ours;
 * above 1 means we are faster). The minimum is shown because the machine is shared: it is the least
 * disturbed call. Arguments: workload names to run (default all), e.g. {@code seed small}.
 */
public final class BenchMain {
    private static final String ENGINE = "engine";
    private static final String ONNX = "onnxRuntime";

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        List<Workload> workloads = workloads(args);
        Options options = new OptionsBuilder()
                .include(Conv3dBenchmark.class.getName() + "\\.")
                .param("workload", workloads.stream().map(Workload::name).toArray(String[]::new))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println(machine());
        System.out.println();
        System.out.print(table(workloads, results));
    }

    private static List<Workload> workloads(String[] args) {
        List<Workload> list = new ArrayList<>();
        for (String arg : args) {
            for (String name : arg.split(",")) {
                if (!name.isBlank()) {
                    try {
                        list.add(Workload.valueOf(name.trim()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("unknown workload '" + name.trim() + "', expected one of "
                                + Arrays.toString(Workload.values()), e);
                    }
                }
            }
        }
        return list.isEmpty() ? List.of(Workload.values()) : list;
    }

    static String table(List<Workload> workloads, Collection<RunResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| workload | multiply-adds | ours median ms | ours mean ms | ours min ms"
                + " | ONNX Runtime median ms | ONNX Runtime mean ms | ONNX Runtime min ms"
                + " | ONNX Runtime / ours (medians) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Workload w : workloads) {
            Statistics ours = statistics(results, ENGINE, w);
            Statistics onnx = statistics(results, ONNX, w);
            out.append(String.format(Locale.ROOT, "| %s | %,d M | %s | %s | %s | %s | %s | %s | %s |%n",
                    w.describe(), Math.round(w.multiplyAdds() / 1e6),
                    ms(ours, 50), ms(ours, -1), ms(ours, 0), ms(onnx, 50), ms(onnx, -1), ms(onnx, 0),
                    ours == null || onnx == null ? "n/a"
                            : String.format(Locale.ROOT, "%.2f", onnx.getPercentile(50) / ours.getPercentile(50))));
        }
        out.append("\nSampleTime mode: every call is timed; median = p50, mean and min over all measured calls")
                .append(" (warm-up calls excluded). Samples per cell: ");
        List<String> counts = new ArrayList<>();
        for (Workload w : workloads) {
            Statistics ours = statistics(results, ENGINE, w);
            Statistics onnx = statistics(results, ONNX, w);
            counts.add(w.name() + " " + (ours == null ? 0 : ours.getN()) + "/" + (onnx == null ? 0 : onnx.getN()));
        }
        out.append(String.join(", ", counts)).append(" (ours/ONNX Runtime).\n");
        return out.toString();
    }

    private static Statistics statistics(Collection<RunResult> results, String method, Workload workload) {
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            if (benchmark.endsWith("." + method) && workload.name().equals(r.getParams().getParam("workload"))) {
                return r.getPrimaryResult().getStatistics();
            }
        }
        return null;
    }

    /** A percentile of the sampled times (0 is the minimum), or the mean for a negative {@code percentile}. */
    private static String ms(Statistics s, double percentile) {
        if (s == null || s.getN() == 0) {
            return "n/a";
        }
        double value = percentile < 0 ? s.getMean() : percentile == 0 ? s.getMin() : s.getPercentile(percentile);
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String machine() {
        return "Date (UTC): " + LocalDate.now(ZoneOffset.UTC)
                + "\nCPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible"
                + "\nJDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "\nOur engine's path: " + Conv3d.path()
                + "\nONNX Runtime intra-op threads: " + OnnxRuntimeConv.INTRA_OP_THREADS;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: the table is still worth printing.
        }
        return System.getProperty("os.arch");
    }
}
