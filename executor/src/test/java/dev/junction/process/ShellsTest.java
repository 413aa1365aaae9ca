package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellsTest {

    @TempDir
    Path dir;

    private final Shells unix = new Shells(new Executables(false));
    private final Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"));

    @Test
    void aSimpleCommandStartsTheProgramDirectlyFromThePath() throws IOException {
        ShellCommand command = unix.command(null, "echo hello world\n", dir, env);

        assertThat(command.direct()).isTrue();
        assertThat(command.argv()).hasSize(3);
        assertThat(Path.of(command.argv().getFirst())).isAbsolute().endsWith(Path.of("echo"));
        assertThat(command.argv().subList(1, 3)).containsExactly("hello", "world");
        assertThat(command.shell()).isEqualTo("bash");
        assertThat(command.scriptFile()).isNull();
    }

    @Test
    void aScriptWithAVariableGoesToBashWithErrexitAndPipefail() throws IOException {
        ShellCommand command = unix.command(null, "echo $HOME", dir, env);

        assertThat(command.direct()).isFalse();
        assertThat(command.argv()).containsExactly(bash(), "--noprofile", "--norc", "-eo", "pipefail", "-c", "echo $HOME");
    }

    @Test
    void aProgramNotOnThePathIsLeftToTheShellToReport() throws IOException {
        ShellCommand command = unix.command(null, "no-such-program-4711 --help", dir, env);

        assertThat(command.direct()).isFalse();
        assertThat(command.argv().getLast()).isEqualTo("no-such-program-4711 --help");
    }

    @Test
    void aNamedShellIsAlwaysUsedEvenForASimpleCommand() throws IOException {
        assertThat(unix.command("sh", "echo hi", dir, env).argv())
                .containsExactly(Executables.host().find("sh", dir, env).orElseThrow().toString(), "-e", "-c", "echo hi");
        assertThat(unix.command("bash", "echo hi", dir, env).direct()).isFalse();
    }

    @Test
    void bashEnvOrAnExportedFunctionMakesBashRunEvenASimpleCommand() throws IOException {
        env.put("BASH_ENV", "/etc/profile");
        assertThat(unix.command(null, "echo hi", dir, env).direct()).isFalse();
        env.remove("BASH_ENV");
        env.put("BASH_FUNC_echo%%", "() { printf x; }");
        assertThat(unix.command(null, "echo hi", dir, env).direct()).isFalse();
    }

    @Test
    void withoutBashOnThePathTheDefaultIsSh() throws IOException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("sh"), Executables.host().find("sh", dir, env).orElseThrow());
        Map<String, String> onlySh = Map.of("PATH", bin.toString());

        assertThat(unix.defaultShell(dir, onlySh)).isEqualTo("sh");
        assertThat(unix.command(null, "echo $X", dir, onlySh).argv()).containsExactly(bin.resolve("sh").toString(),
                "-e", "-c", "echo $X");
        assertThat(unix.defaultShell(dir, env)).isEqualTo("bash");
    }

    @Test
    void aMissingShellIsAClearError() {
        assertThatThrownBy(() -> unix.command("pwsh", "Write-Output hi", dir, Map.of("PATH", dir.toString())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the shell 'pwsh' was not found on the PATH (" + dir + ")");
    }

    @Test
    void aCustomShellGetsTheScriptAsATemporaryFile() throws IOException {
        Path file;
        try (ShellCommand command = unix.command("perl -w {0}", "print 'hi';", dir, env)) {
            file = command.scriptFile();
            assertThat(command.argv()).containsExactly(Executables.host().find("perl", dir, env).orElseThrow().toString(),
                    "-w", file.toString());
            assertThat(file).hasContent("print 'hi';");
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void onWindowsTheDefaultIsPwshWithAScriptFileThatPropagatesTheExitCode() throws IOException {
        Files.writeString(dir.resolve("pwsh.exe"), "");
        Shells windows = new Shells(new Executables(true));
        Map<String, String> windowsEnv = Map.of("Path", dir.toString());

        try (ShellCommand command = windows.command(null, "dotnet build", dir, windowsEnv)) {
            assertThat(command.direct()).isFalse();
            assertThat(command.shell()).isEqualTo("pwsh");
            assertThat(command.argv()).containsExactly(dir.resolve("pwsh.exe").toString(), "-NoLogo", "-NoProfile",
                    "-NonInteractive", "-Command", ". '" + command.scriptFile() + "'");
            assertThat(command.scriptFile().toString()).endsWith(".ps1");
            assertThat(Files.readString(command.scriptFile())).isEqualTo("$ErrorActionPreference = 'stop'\n"
                    + "dotnet build\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n");
        }
    }

    @Test
    void onWindowsWithoutPwshTheDefaultIsCmdWithABatchFile() throws IOException {
        Shells windows = new Shells(new Executables(true));
        Map<String, String> windowsEnv = Map.of("Path", dir.toString(), "ComSpec", "C:\\Windows\\system32\\cmd.exe");

        try (ShellCommand command = windows.command(null, "echo one\necho two", dir, windowsEnv)) {
            assertThat(command.shell()).isEqualTo("cmd");
            assertThat(command.argv()).containsExactly("C:\\Windows\\system32\\cmd.exe", "/D", "/E:ON", "/V:OFF", "/S",
                    "/C", "\"CALL \"" + command.scriptFile() + "\"\"");
            assertThat(command.scriptFile().toString()).endsWith(".cmd");
            assertThat(Files.readString(command.scriptFile())).isEqualTo("@echo off\r\necho one\r\necho two\r\n");
        }
    }

    @Test
    void shellNamesAreValidatedWithAHint() {
        assertThat(Shells.NAMES).allMatch(Shells::isValid);
        assertThat(Shells.isValid("python {0}")).isTrue();
        assertThat(Shells.isValid("zsh")).isFalse();
        assertThat(Shells.isValid("{0}")).isFalse();
        assertThat(Shells.hint("bsh")).startsWith("did you mean 'bash'?").contains("bash, sh, pwsh, cmd");
        assertThat(Shells.hint("powershell")).startsWith("expected one of bash, sh, pwsh, cmd, or a command with {0}");
        assertThatThrownBy(() -> unix.command("zsh", "echo", dir, env)).isInstanceOf(IllegalArgumentException.class);
    }

    private String bash() {
        return Executables.host().find("bash", dir, env).orElseThrow().toString();
    }

}
