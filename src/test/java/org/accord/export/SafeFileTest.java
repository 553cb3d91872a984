package org.accord.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accord.domain.AccordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileTest {
    @TempDir
    Path folder;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path target = Files.writeString(folder.resolve("report.csv"), "the old, complete file");
        assertThatThrownBy(() -> SafeFile.write(target, true, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(AccordException.class).hasMessageContaining("disk full").hasMessageContaining(target.toString());
        assertThat(Files.readString(target)).isEqualTo("the old, complete file");
        assertThat(filesIn(folder)).as("no temporary file left behind").isEqualTo(1);
    }

    /** Jackson and PDFBox close the stream they were given when done; the file must still be forced and moved. */
    @Test
    void aWriterThatClosesTheStreamStillHasItsWholeFileMovedIntoPlace() throws IOException {
        Path target = folder.resolve("workshop.accord.json");
        SafeFile.write(target, false, out -> {
            try (java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                writer.write("{\"written\": \"before the writer closed its stream\"}");
            }
        });
        assertThat(Files.readString(target)).isEqualTo("{\"written\": \"before the writer closed its stream\"}");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void anExistingFileIsNotReplacedUnlessAllowed() throws IOException {
        Path target = Files.writeString(folder.resolve("report.pdf"), "keep");
        assertThatThrownBy(() -> SafeFile.write(target, false, out -> out.write("new".getBytes())))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(target)).isEqualTo("keep");
        SafeFile.write(target, true, out -> out.write("new".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesAndAReplacedOneKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = folder.resolve("new.csv");
        SafeFile.write(fresh, false, out -> out.write("x".getBytes()));
        Path ordinary = Files.writeString(folder.resolve("ordinary.txt"), "made the usual way");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        Path kept = Files.writeString(folder.resolve("kept.csv"), "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        SafeFile.write(kept, true, out -> out.write("new".getBytes()));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-rw----");
    }

    /** The issue: with umask 077 an export was still rw-r--r--. Each umask in a JVM of its own, as a user runs it. */
    @Test
    void anExportFollowsTheUmaskOfTheProgramThatWritesIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        for (String[] umask : new String[][] {{"077", "rw-------"}, {"002", "rw-rw-r--"}, {"022", "rw-r--r--"}}) {
            Path target = folder.resolve("report-" + umask[0] + ".csv");
            var run = org.accord.store.ChildJvm.runUnderUmask(umask[0], Writer.class, target.toString());
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .as("umask " + umask[0]).isEqualTo(umask[1]);
        }
    }

    /** Writes one new file with SafeFile, in a child JVM. */
    public static final class Writer {
        public static void main(String[] args) {
            SafeFile.write(Path.of(args[0]), false, out -> out.write("Activity,CIO\n".getBytes()));
        }
    }

    @Test
    void aFolderThatIsNotThereOrIsAFileIsReportedClearly() throws IOException {
        assertThatThrownBy(() -> SafeFile.write(folder.resolve("missing/report.csv"), false, out -> { }))
                .hasMessageContaining("does not exist");
        Path aFile = Files.writeString(folder.resolve("plain"), "x");
        assertThatThrownBy(() -> SafeFile.write(aFile.resolve("report.csv"), false, out -> { }))
                .isInstanceOf(AccordException.class);
    }
}
