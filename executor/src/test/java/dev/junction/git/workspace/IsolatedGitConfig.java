package dev.junction.git.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Points JGit's user, system and JGit config at files in a test folder (and hides GIT_* variables), so a test sees
 * the identity it wrote and not the developer's ~/.gitconfig. Real config files, read by JGit as usual.
 * Restores the previous reader on close. Tests using it must not run in parallel with other git tests.
 * Shared with the designer's and app's tests through the executor's test-jar.
 */
public final class IsolatedGitConfig implements AutoCloseable {

    /** JGit's automatic gc check otherwise runs on a background thread that outlives the test's temp folder. */
    private static final String GC_IN_FOREGROUND = "[gc]\n\tautoDetach = false\n";

    private final SystemReader previous;

    private IsolatedGitConfig(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path user = folder.resolve("user.gitconfig");
        Path system = folder.resolve("system.gitconfig");
        Path jgit = folder.resolve("jgit.config");
        previous = SystemReader.getInstance();
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, user.toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, system.toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, jgit.toFile(), fs);
            }

            @Override
            public String getenv(String variable) {
                return variable.startsWith("GIT_") || variable.equals("XDG_CONFIG_HOME") ? null
                        : super.getenv(variable);
            }
        });
    }

    /** A user config with {@code user.name} and {@code user.email}. */
    public static IsolatedGitConfig withIdentity(Path folder, String name, String email) throws IOException {
        IsolatedGitConfig config = new IsolatedGitConfig(folder);
        Files.writeString(folder.resolve("user.gitconfig"), "[user]\n\tname = " + name + "\n\temail = " + email + "\n"
                + GC_IN_FOREGROUND);
        return config;
    }

    /** An empty user config: git does not know who the user is. */
    public static IsolatedGitConfig withoutIdentity(Path folder) throws IOException {
        IsolatedGitConfig config = new IsolatedGitConfig(folder);
        Files.writeString(folder.resolve("user.gitconfig"), GC_IN_FOREGROUND);
        return config;
    }

    @Override
    public void close() {
        SystemReader.setInstance(previous);
    }
}
