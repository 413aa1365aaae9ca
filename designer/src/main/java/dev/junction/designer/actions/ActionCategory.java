package dev.junction.designer.actions;

/** The menus actions belong to, in menu-bar order; the command palette shows the category before the label. */
public enum ActionCategory {
    FILE("File"),
    EDIT("Edit"),
    VIEW("View"),
    RUN("Run"),
    GIT("Git"),
    HELP("Help");

    private final String label;

    ActionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
