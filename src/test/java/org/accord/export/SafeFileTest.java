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
    void aNewFileIsReadableLikeAnyOtherAndAReplacedOneKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = folder.resolve("new.csv");
        SafeFile.write(fresh, false, out -> out.write("x".getBytes()));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
        Path kept = Files.writeString(folder.resolve("kept.csv"), "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        SafeFile.write(kept, true, out -> out.write("new".getBytes()));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-rw----");
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
