package dev.junction.run;

import java.util.concurrent.CompletableFuture;

/** A submitted run: its id at once, its final status when it ends. */
public record RunHandle(String runId, CompletableFuture<RunStatus> completion) {}
