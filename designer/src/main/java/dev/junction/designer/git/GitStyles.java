package dev.junction.designer.git;

/** The git views' stylesheet ({@code git.css}), shared by views, dialogs and the explorer's badges. */
public final class GitStyles {

    public static final String STYLESHEET = GitStyles.class.getResource("git.css").toExternalForm();

    private GitStyles() {}
}
