package dev.junction.git.credentials;

/** The credentials file cannot be read or written; the message names the file and what to do. */
public final class CredentialStoreException extends RuntimeException {
    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
