package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {

    @TempDir
    Path dir;

    private final Executables unix = new Executables(false);

    @Test
    void searchesThePathOfTheGivenEnvironmentInOrder() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        executable(second.resolve("tool"));
        executable(first.resolve("tool"));
        Map<String, String> env = Map.of("PATH", second + ":" + first);

        assertThat(unix.find("tool", dir, env)).contains(second.resolve("tool"));
        assertThat(unix.find("tool", dir, Map.of("PATH", first.toString()))).contains(first.resolve("tool"));
        assertThat(unix.find("tool", dir, Map.of())).isEmpty();
    }

    @Test
    void aRememberedProgramThatIsGoneOrNoLongerExecutableIsSearchedForAgain() throws IOException {
        Path first = Files.createDirectory(dir.resolve("first"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Path early = executable(first.resolve("tool"));
        Path late = executable(second.resolve("tool"));
        Map<String, String> env = Map.of("PATH", first + ":" + second);
        assertThat(unix.find("tool", dir, env)).contains(early);

        Files.delete(early);
        assertThat(unix.find("tool", dir, env)).contains(late);

        Files.setPosixFilePermissions(late, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(unix.find("tool", dir, env)).isEmpty();

        executable(early);
        assertThat(unix.find("tool", dir, env)).contains(early);
    }

    @Test
    void aFileWithoutTheExecuteBitIsNotAProgram() throws IOException {
        Files.writeString(dir.resolve("notes"), "text");
        assertThat(unix.find("notes", dir, Map.of("PATH", dir.toString()))).isEmpty();
    }

    @Test
    void aNameWithASlashIsRelativeToTheWorkingDirectory() throws IOException {
        Path script = executable(Files.createDirectory(dir.resolve("bin")).resolve("run.sh"));
        assertThat(unix.find("./bin/run.sh", dir, Map.of("PATH", "/nowhere"))).contains(dir.resolve("./bin/run.sh"));
        assertThat(unix.find("bin/missing.sh", dir, Map.of())).isEmpty();
        assertThat(script).exists();
    }

    @Test
    void windowsRulesUseSemicolonsAndPathext() throws IOException {
        Files.writeString(dir.resolve("pwsh.exe"), "");
        Files.writeString(dir.resolve("build.cmd"), "");
        Executables windows = new Executables(true);
        Map<String, String> env = Map.of("Path", "C:\\nowhere;" + dir, "PATHEXT", ".EXE;.CMD");

        assertThat(windows.find("pwsh", dir, env)).contains(dir.resolve("pwsh.exe"));
        assertThat(windows.find("build", dir, env)).contains(dir.resolve("build.cmd"));
        assertThat(windows.find("pwsh.exe", dir, env)).contains(dir.resolve("pwsh.exe"));
        assertThat(windows.find("missing", dir, env)).isEmpty();
    }

    static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
