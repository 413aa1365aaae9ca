package dev.junction.git.workspace;

/** A pull: the fetch, then the merge of the upstream branch into the current one. */
public record PullOutcome(FetchOutcome fetch, MergeOutcome merge) {}
