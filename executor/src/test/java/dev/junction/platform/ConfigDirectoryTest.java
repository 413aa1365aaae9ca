package dev.junction.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDirectoryTest {

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of(), "/home/ada")).isEqualTo(Path.of("/home/ada/.config/junction"));
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/ada"))
                .isEqualTo(Path.of("/cfg/junction"));
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/ada"))
                .as("a relative XDG value is invalid by the spec").isEqualTo(Path.of("/home/ada/.config/junction"));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertThat(ConfigDirectory.resolve(null, "Windows 11", Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"), "C:\\Users\\ada"))
                .isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming", "Junction"));
        assertThat(ConfigDirectory.resolve(null, "Mac OS X", Map.of(), "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Junction"));
    }

    @Test
    void thePropertyBeatsTheEnvironmentWhichBeatsTheDefault() {
        assertThat(ConfigDirectory.resolve("/p", "Linux", Map.of(ConfigDirectory.ENV_VARIABLE, "/e"), "/home/ada")).isEqualTo(Path.of("/p"));
        assertThat(ConfigDirectory.resolve(" ", "Linux", Map.of(ConfigDirectory.ENV_VARIABLE, "/e"), "/home/ada")).isEqualTo(Path.of("/e"));
    }

    @Test
    void noHomeAndNoOverrideIsAClearError() {
        assertThatThrownBy(() -> ConfigDirectory.resolve(null, "Linux", Map.of(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ConfigDirectory.ENV_VARIABLE);
    }

    @Test
    void theConfigFolderFollowsEachSystemsConvention() {
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/ada"))
                .isEqualTo(Path.of("/x/junction"));
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of(), "/home/ada")).isEqualTo(Path.of("/home/ada/.config/junction"));
        assertThat(ConfigDirectory.resolve(null, "Mac OS X", Map.of(), "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada/Library/Application Support/Junction"));
        assertThat(ConfigDirectory.resolve(null, "Windows 11", Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), "C:/Users/ada"))
                .isEqualTo(Path.of("C:/Users/ada/AppData/Roaming", "Junction"));
        assertThat(ConfigDirectory.resolve(null, "Linux", Map.of(ConfigDirectory.ENV_VARIABLE, "/tmp/j"), "/home/ada"))
                .isEqualTo(Path.of("/tmp/j"));
    }
}
