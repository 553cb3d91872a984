package org.accord.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a class's main in a separate JVM on the test class path, to test what happens across processes. */
public final class ChildJvm {
    private static final long TIMEOUT_MS = 60_000;
    /** The tests' headless JavaFX platform (pom.xml, surefire), passed on so that a child can open a window too. */
    private static final List<String> HEADLESS_WINDOW = List.of("glass.platform", "monocle.platform",
            "headless.geometry", "prism.order", "prism.text", "java.awt.headless");

    private ChildJvm() {
    }

    public static Process start(Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(main, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** How a run to its end went: the exit code and all it wrote, standard output and error together. */
    public record Finished(int exitCode, String output) {
    }

    /** Runs a class's main in its own JVM to its end (at most a minute), as a user runs a command. */
    public static Finished run(Class<?> main, String... args) throws IOException, InterruptedException {
        return run(List.of(), main, args);
    }

    /** {@link #run(Class, String...)} with options for the child's JVM, such as {@code -Dname=value}. */
    public static Finished run(List<String> jvmOptions, Class<?> main, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(jvmOptions, main, args)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child JVM did not end in time: " + output);
        }
        return new Finished(process.exitValue(), output);
    }

    /**
     * Runs a class's main in its own JVM started under a given umask (through {@code sh}), as a user with that
     * umask runs Accord: what permissions new files get is decided by the process, not by the test's JVM.
     */
    public static Finished runUnderUmask(String umask, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        command.addAll(command(main, args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child JVM did not end in time: " + output);
        }
        return new Finished(process.exitValue(), output);
    }

    /**
     * A child lives seconds: the quick compiler alone and one garbage collector thread leave the two cores to the
     * other test JVMs (the suite starts dozens of children, each of which compiled with C2 on both cores).
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The command that runs {@code main} in a JVM of its own, with the tests' headless window platform. */
    public static List<String> command(Class<?> main, String... args) {
        return command(List.of(), main, args);
    }

    private static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        command.addAll(jvmOptions);
        for (String property : HEADLESS_WINDOW) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * What a child printed, read on a daemon thread. The lines of a child that was killed are complete only once that
     * thread has read the pipe to its end: {@link #lastAckOnceEnded} waits for it, so an "ACK" still in the pipe at
     * the kill is counted (reading at once let a test pass with a lost edit, issue 16).
     */
    public record Output(Process process, List<String> lines, Thread reader) {
        public void awaitLine(String expected) throws InterruptedException {
            ChildJvm.awaitLine(process, lines, expected);
        }

        /** The highest n of the "ACK n" lines once the child has ended and all it wrote is read. */
        public int lastAckOnceEnded() throws InterruptedException {
            process.waitFor();
            reader.join(TIMEOUT_MS);
            if (reader.isAlive()) {
                throw new AssertionError("The child's output was not read to its end in time");
            }
            return lastAck(lines);
        }
    }

    /** Starts reading a child's standard output. */
    public static Output collect(Process process) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = readInto(process, lines);
        return new Output(process, lines, reader);
    }

    /** Reads the child's standard output into a list, on a daemon thread. */
    public static List<String> collectLines(Process process) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        readInto(process, lines);
        return lines;
    }

    private static Thread readInto(Process process, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed: its output simply ends
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    public static void awaitLine(Process process, String expected) throws InterruptedException {
        awaitLine(process, collectLines(process), expected);
    }

    public static void awaitLine(Process process, List<String> lines, String expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!lines.contains(expected)) {
            if (!process.isAlive() && !lines.contains(expected)) {
                process.waitFor(1, TimeUnit.SECONDS);
                if (!lines.contains(expected)) {
                    throw new AssertionError("The child JVM ended without printing " + expected + ": " + lines);
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The child JVM did not print " + expected + " in time: " + lines);
            }
            Thread.sleep(10);
        }
    }

    /** The highest n of the "ACK n" lines, or -1. */
    public static int lastAck(List<String> lines) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith("ACK ")).mapToInt(l -> Integer.parseInt(l.substring(4)))
                    .max().orElse(-1);
        }
    }
}
