package dev.junction.store;

/** The run database could not be opened, migrated or used; the message says which database and why. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
