package dev.junction.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data/ann"), "/home/ann"))
                .isEqualTo(Path.of("/data/ann/junction"));
    }

    @Test
    void linuxDefaultsToLocalShareWhenXdgDataHomeIsUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/ann/.local/share/junction");
        assertThat(DataDirectory.resolve(null, "Linux", Map.of(), "/home/ann")).isEqualTo(expected);
        assertThat(DataDirectory.resolve(null, "Linux", Map.of("XDG_DATA_HOME", ""), "/home/ann")).isEqualTo(expected);
        assertThat(DataDirectory.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "rel/dir"), "/home/ann"))
                .isEqualTo(expected);
    }

    @Test
    void otherUnixesFollowTheXdgRule() {
        assertThat(DataDirectory.resolve(null, "FreeBSD", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/junction"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ann\\AppData\\Roaming";
        assertThat(DataDirectory.resolve(null, "Windows 11", Map.of("APPDATA", appData), "C:\\Users\\ann"))
                .isEqualTo(Path.of(appData, "Junction"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderTheHome() {
        assertThat(DataDirectory.resolve(null, "Windows Server 2022", Map.of(), "C:\\Users\\ann"))
                .isEqualTo(Path.of("C:\\Users\\ann", "AppData", "Roaming", "Junction"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, "Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Junction"));
    }

    @Test
    void environmentVariableOverridesTheOsDefault() {
        assertThat(DataDirectory.resolve(null, "Linux", Map.of("JUNCTION_DATA_DIR", "/srv/junction",
                "XDG_DATA_HOME", "/data/ann"), "/home/ann")).isEqualTo(Path.of("/srv/junction"));
        assertThat(DataDirectory.resolve(null, "Windows 11", Map.of("JUNCTION_DATA_DIR", "D:\\junction"), "C:\\Users\\ann"))
                .isEqualTo(Path.of("D:\\junction"));
    }

    @Test
    void blankEnvironmentVariableIsIgnored() {
        assertThat(DataDirectory.resolve(null, "Linux", Map.of("JUNCTION_DATA_DIR", " "), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/junction"));
    }

    @Test
    void explicitOverrideWinsOverEverything() {
        assertThat(DataDirectory.resolve(Path.of("/tmp/cli"), "Linux", Map.of("JUNCTION_DATA_DIR", "/srv/junction"),
                "/home/ann")).isEqualTo(Path.of("/tmp/cli"));
        assertThat(DataDirectory.resolve(Path.of("/tmp/cli"), "Linux", Map.of(), null)).isEqualTo(Path.of("/tmp/cli"));
    }

    @Test
    void missingHomeWithoutOverrideIsAClearError() {
        assertThatThrownBy(() -> DataDirectory.resolve(null, "Linux", Map.of(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JUNCTION_DATA_DIR").hasMessageContaining("--data-dir");
    }

    @Test
    void thisProcessGetsAnAbsoluteFolder() {
        assertThat(DataDirectory.resolve(null)).isAbsolute();
    }
}
