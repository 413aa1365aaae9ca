package dev.junction.git.workspace;

/** The author and committer of new commits, from git config {@code user.name} and {@code user.email}. */
public record Identity(String name, String email) {}
