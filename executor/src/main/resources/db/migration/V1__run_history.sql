-- Run history: runs, step runs, attempts, outputs and log lines, written as events happen.
-- Portable SQL: the same file migrates H2 2.x (the default, a file per user) and PostgreSQL 15+ (team mode).
-- Text is VARCHAR without a length, JSON is stored as VARCHAR text, times are TIMESTAMP WITH TIME ZONE
-- (microsecond precision on both). Avoid H2 keywords as column names (VALUE, KEY): hence value_json.

CREATE TABLE runs (
    id                  VARCHAR NOT NULL PRIMARY KEY,
    workflow            VARCHAR NOT NULL,
    status              VARCHAR NOT NULL,
    trigger             VARCHAR NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    duration_ms         BIGINT,
    inputs              VARCHAR NOT NULL,
    error               VARCHAR NOT NULL,
    definition_revision VARCHAR NOT NULL,
    dry_run             BOOLEAN NOT NULL,
    -- the process that runs it; crash recovery marks the run INTERRUPTED once that process is gone
    owner_host          VARCHAR NOT NULL,
    owner_pid           BIGINT NOT NULL,
    owner_started_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX runs_by_workflow ON runs (workflow, started_at);
CREATE INDEX runs_by_start ON runs (started_at);
CREATE INDEX runs_by_status ON runs (status);

CREATE TABLE step_runs (
    run_id      VARCHAR NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    step_key    VARCHAR NOT NULL,
    step_id     VARCHAR NOT NULL,
    status      VARCHAR NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    duration_ms BIGINT,
    exit_code   INTEGER,
    error       VARCHAR NOT NULL,
    reused      BOOLEAN NOT NULL,
    attempts    INTEGER NOT NULL,
    PRIMARY KEY (run_id, step_key)
);

CREATE TABLE attempts (
    run_id      VARCHAR NOT NULL,
    step_key    VARCHAR NOT NULL,
    number      INTEGER NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    status      VARCHAR,
    exit_code   INTEGER,
    error       VARCHAR NOT NULL,
    PRIMARY KEY (run_id, step_key, number),
    FOREIGN KEY (run_id, step_key) REFERENCES step_runs (run_id, step_key) ON DELETE CASCADE
);

CREATE TABLE step_outputs (
    run_id     VARCHAR NOT NULL,
    step_key   VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    value_json VARCHAR NOT NULL,
    PRIMARY KEY (run_id, step_key, name),
    FOREIGN KEY (run_id, step_key) REFERENCES step_runs (run_id, step_key) ON DELETE CASCADE
);

-- step_key is null for lines Junction writes about the run as a whole
CREATE TABLE log_lines (
    run_id   VARCHAR NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq      BIGINT NOT NULL,
    step_key VARCHAR,
    ts       TIMESTAMP WITH TIME ZONE NOT NULL,
    stream   VARCHAR NOT NULL,
    text     VARCHAR NOT NULL,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX log_lines_by_step ON log_lines (run_id, step_key, seq);
