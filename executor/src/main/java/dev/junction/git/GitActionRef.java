package dev.junction.git;

import java.util.Optional;

/**
 * {@code uses: <git-url>//<path>@<ref>}: an action in a folder of another git repository, at a tag, branch or
 * commit. Examples: {@code https://github.com/acme/actions.git//greet@v1}, {@code file:///srv/git/ops//deploy@main},
 * {@code git@github.com:acme/actions.git//lint@3f9c2a1}.
 *
 * @param path the folder inside the repository ("" for its root)
 */
public record GitActionRef(String url, String path, String ref) {

    /** The reference as written, which is also the key of the lock file. */
    public String text() {
        return url + "//" + path + "@" + ref;
    }

    /** Whether a {@code uses:} value names a git action rather than a local folder. */
    public static boolean looksLikeGit(String uses) {
        return uses.contains("://") || uses.matches("^[\\w.-]+@[\\w.-]+:.*");
    }

    /** Parses the reference; empty when it does not have the {@code url//path@ref} shape. */
    public static Optional<GitActionRef> parse(String uses) {
        int schemeEnd = uses.indexOf("://");
        int searchFrom = schemeEnd >= 0 ? schemeEnd + 3 : 0;
        int separator = uses.indexOf("//", searchFrom);
        int at = uses.lastIndexOf('@');
        if (separator < 0 || at < separator) {
            return Optional.empty();
        }
        String url = uses.substring(0, separator);
        String path = uses.substring(separator + 2, at).replaceAll("^/+|/+$", "");
        String ref = uses.substring(at + 1);
        if (url.isBlank() || ref.isBlank() || path.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(new GitActionRef(url, path, ref));
    }
}
