package dev.junction.expr;

/** A template that does not parse, or that reads something undefined at run time. */
public final class TemplateException extends RuntimeException {
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
