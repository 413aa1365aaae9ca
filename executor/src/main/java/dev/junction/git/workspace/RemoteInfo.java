package dev.junction.git.workspace;

/** A configured remote; {@code pushUrl} equals {@code fetchUrl} unless a separate push URL is set. */
public record RemoteInfo(String name, String fetchUrl, String pushUrl) {}
