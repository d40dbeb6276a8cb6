import java.util.Locale;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.pipeline.RenderedDocs;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The core pipeline alone (load, validate with profile resolution, trace, render AsciiDoc) on one
 * program, in a fresh JVM: the first run (cold, what a build pays) and the median of further runs
 * (warm), with the peak heap of the first run. Prints one line: {@code cold_s warm_s peak_heap_mb chars}.
 *
 * <pre>java -Xmx512m -cp CORE_CLASSPATH:CATALOGS CorePipeline PROJECT_DIR [WARM_RUNS]</pre>
 */
public class CorePipeline {

    public static void main(String[] args) {
        Path base = Path.of(args[0]).toAbsolutePath();
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Programbook generator = new Programbook();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long begin = System.nanoTime();
        int chars = once(generator, base);
        double cold = (System.nanoTime() - begin) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double[] warm = new double[warmRuns];
        for (int i = 0; i < warmRuns; i++) {
            long t = System.nanoTime();
            once(generator, base);
            warm[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%.3f %.3f %.0f %d%n", cold, warmRuns == 0 ? 0 : warm[warmRuns / 2],
                peak / 1024.0 / 1024.0, chars);
    }

    private static int once(Programbook generator, Path base) {
        GenerateRequest request = GenerateRequest.conventional(base);
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(base, request.programDir(), diagnostics);
        ResolvedProfile profile = generator.resolve(inputs, diagnostics);
        Trace trace = generator.trace(inputs, profile, request.maxEvidenceAge());
        RenderedDocs docs = generator.render(inputs, profile, trace);
        return docs.documents().values().stream().mapToInt(String::length).sum();
    }
}
