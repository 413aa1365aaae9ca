package dev.junction.designer.forms;

/** How a schema property is edited; chosen from its JSON Schema by {@link SchemaFields}. */
public enum FieldKind {
    /** One line of text. */
    TEXT,
    /** Multi-line text in a monospaced area: scripts, code, bodies. */
    CODE,
    /** Masked text ({@code secret: true} or {@code writeOnly: true}). */
    SECRET,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** One of the schema's {@code enum} values. */
    ENUM,
    /** A duration in the workflow format's syntax: {@code 90s}, {@code 15m}, {@code 1h30m}, seconds. */
    DURATION,
    /** A list of scalars, one row each. */
    LIST,
    /** A map of names to scalar values, e.g. {@code env}. */
    MAP,
    /** A nested object with known properties, shown as a group of fields. */
    OBJECT,
    /** Anything else (unions, nested structures): edited as a YAML flow value. */
    YAML
}
