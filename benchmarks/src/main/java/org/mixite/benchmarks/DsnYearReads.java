package org.mixite.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Issue 20 (e), measured by hand: {@link DsnParseBenchmark}'s year (twelve monthly files of 10,000
 * people) written once, then read {@code n} times in one JVM, printing per read the wall time, the
 * CPU time of all the JVM's threads and the bytes allocated. On a shared machine the CPU time and
 * the allocation are steadier than the wall time. Not a JMH benchmark:
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar org.mixite.benchmarks.DsnYearReads 10}.
 */
public final class DsnYearReads {

    private DsnYearReads() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        DsnParseBenchmark year = new DsnParseBenchmark();
        year.employees = 10_000;
        year.write();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try {
            for (int i = 1; i <= reads; i++) {
                long allocated = threads.getTotalThreadAllocatedBytes();
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                year.parseYear();
                long wall = System.nanoTime() - start;
                System.out.printf("read %d: wall %d ms, cpu %d ms, allocated %d MB, load average %.2f%n", i, wall / 1_000_000,
                        (os.getProcessCpuTime() - cpu) / 1_000_000, (threads.getTotalThreadAllocatedBytes() - allocated) >> 20,
                        os.getSystemLoadAverage());
            }
        } finally {
            year.delete();
        }
    }
}
