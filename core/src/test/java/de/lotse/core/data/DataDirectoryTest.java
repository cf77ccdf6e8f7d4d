package de.lotse.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/anna");
    private static final Map<String, String> ALL_SET = Map.of(
            "LOTSE_HOME", "/srv/lotse",
            "LOCALAPPDATA", "/c/Users/anna/AppData/Local",
            "XDG_DATA_HOME", "/data/xdg");

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "Windows 11", "Mac OS X"})
    void explicitPathWins(String os) {
        Path explicit = Path.of("/opt/lotse/../lotse-data");

        assertThat(DataDirectory.resolve(Optional.of(explicit), ALL_SET, os, HOME))
                .isEqualTo(Path.of("/opt/lotse-data"));
    }

    @Test
    void explicitRelativePathIsMadeAbsolute() {
        Path resolved = DataDirectory.resolve(Optional.of(Path.of("data")), ALL_SET, "Linux", HOME);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("data").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "Windows 11", "Mac OS X"})
    void lotseHomeComesNext(String os) {
        assertThat(DataDirectory.resolve(Optional.empty(), ALL_SET, os, HOME)).isEqualTo(Path.of("/srv/lotse"));
    }

    @Test
    void windowsUsesLocalAppData() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "/c/Users/anna/AppData/Local", "XDG_DATA_HOME", "/x");

        assertThat(DataDirectory.resolve(Optional.empty(), env, "Windows 10", HOME))
                .isEqualTo(Path.of("/c/Users/anna/AppData/Local/Lotse"));
    }

    @Test
    void windowsFallsBackToAppDataLocalInTheHome() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Windows Server 2022", HOME))
                .isEqualTo(HOME.resolve("AppData/Local/Lotse"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data/xdg", "LOCALAPPDATA", "/c/x");

        assertThat(DataDirectory.resolve(Optional.empty(), env, "Linux", HOME)).isEqualTo(Path.of("/data/xdg/lotse"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/anna/.local/share/lotse"));
    }

    @Test
    void macUsesApplicationSupport() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data/xdg", "LOCALAPPDATA", "/c/x");

        assertThat(DataDirectory.resolve(Optional.empty(), env, "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/Lotse"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t "})
    void blankEnvironmentValuesAreIgnored(String blank) {
        Map<String, String> env = Map.of("LOTSE_HOME", blank, "LOCALAPPDATA", blank, "XDG_DATA_HOME", blank);

        assertThat(DataDirectory.resolve(Optional.empty(), env, "Linux", HOME))
                .isEqualTo(Path.of("/home/anna/.local/share/lotse"));
        assertThat(DataDirectory.resolve(Optional.empty(), env, "Windows 11", HOME))
                .isEqualTo(Path.of("/home/anna/AppData/Local/Lotse"));
        assertThat(DataDirectory.resolve(Optional.empty(), env, "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/Lotse"));
    }

    @Test
    void relativeXdgDataHomeIsIgnored() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "relative/data");

        assertThat(DataDirectory.resolve(Optional.empty(), env, "Linux", HOME))
                .isEqualTo(Path.of("/home/anna/.local/share/lotse"));
    }
}
