package dev.junction.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Points JGit's user, system and JGit config at real files in a test folder (and hides GIT_* variables), so a test
 * sees the identity it wrote and not the developer's ~/.gitconfig. Restores the previous reader on close.
 */
final class IsolatedGitConfig implements AutoCloseable {

    /** JGit's automatic gc otherwise runs on a thread that outlives the test's temp folder. */
    private static final String GC_IN_FOREGROUND = "[gc]\n\tautoDetach = false\n";

    private final SystemReader previous;

    private IsolatedGitConfig(Path folder, String userConfig) throws IOException {
        Files.createDirectories(folder);
        Path user = folder.resolve("user.gitconfig");
        Path system = folder.resolve("system.gitconfig");
        Path jgit = folder.resolve("jgit.config");
        Files.writeString(user, userConfig + GC_IN_FOREGROUND);
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
                return variable.startsWith("GIT_") || variable.equals("XDG_CONFIG_HOME") ? null : super.getenv(variable);
            }
        });
    }

    static IsolatedGitConfig withIdentity(Path folder, String name, String email) throws IOException {
        return new IsolatedGitConfig(folder, "[user]\n\tname = " + name + "\n\temail = " + email + "\n");
    }

    static IsolatedGitConfig withoutIdentity(Path folder) throws IOException {
        return new IsolatedGitConfig(folder, "");
    }

    @Override
    public void close() {
        SystemReader.setInstance(previous);
    }
}
