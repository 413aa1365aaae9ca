// placeholder until feat/runui lands
package dev.junction.designer.run;

/** Placeholder: what asking the {@link RunController} for a run led to. */
public sealed interface RunStart {

    record Refused(String reason) implements RunStart {}

    default String message() {
        return switch (this) {
            case Refused r -> r.reason();
        };
    }
}
