package dev.junction.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpretersTest {

    @TempDir
    Path dir;

    @Test
    void eachLanguageHasItsExtension() {
        assertThat(Interpreters.extension("python")).isEqualTo(".py");
        assertThat(Interpreters.extension("node")).isEqualTo(".js");
        assertThat(Interpreters.extension("bash")).isEqualTo(".sh");
        assertThat(Interpreters.extension("sh")).isEqualTo(".sh");
        assertThat(Interpreters.extension("pwsh")).isEqualTo(".ps1");
        assertThat(Interpreters.extension("ruby")).isEqualTo(".rb");
        assertThat(Interpreters.extension("perl")).isEqualTo(".pl");
        assertThat(Interpreters.extension("groovy")).isEqualTo(".groovy");
        assertThat(Interpreters.extension("lua")).isEmpty();
    }

    @Test
    void pythonIsPython3WhenThatIsOnThePathElsePython() throws IOException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        ExecutablesTest.executable(bin.resolve("python"));
        Interpreters unix = new Interpreters(new Executables(false));
        Map<String, String> env = Map.of("PATH", bin.toString());

        assertThat(unix.command("python", null, dir, env)).containsExactly("python");
        ExecutablesTest.executable(bin.resolve("python3"));
        assertThat(unix.command("python", null, dir, env)).containsExactly("python3");
        assertThat(new Interpreters(new Executables(true)).command("python", null, dir, env)).containsExactly("python");
    }

    @Test
    void otherLanguagesAreTheirOwnProgramAndAnInterpreterOverridesAll() {
        Interpreters unix = new Interpreters(new Executables(false));
        assertThat(unix.command("ruby", null, dir, Map.of())).containsExactly("ruby");
        assertThat(unix.command("lua5.4", null, dir, Map.of())).containsExactly("lua5.4");
        assertThat(unix.command("python", "  uv run  --quiet ", dir, Map.of())).containsExactly("uv", "run", "--quiet");
    }
}
