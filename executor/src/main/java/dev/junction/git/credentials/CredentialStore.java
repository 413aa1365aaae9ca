package dev.junction.git.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Credentials for git hosts, in one JSON file in the user's config folder (never in a workspace), readable by its
 * owner only (POSIX 600; on Windows an owner-only ACL). Keyed by host ({@code github.com}) or host and port
 * ({@code git.example.com:2222}); a lookup tries the host with its port first, then the host alone.
 *
 * <p>The file is re-read on every call, so edits by another Junction process are seen; writes replace it atomically.
 * A file found with wider permissions is narrowed on read. Thread-safe within a process.
 *
 * <p>Errors: an unreadable or malformed file throws {@link CredentialStoreException} naming the file.
 */
public final class CredentialStore {

    /** The file name inside {@link dev.junction.platform.ConfigDirectory}. */
    public static final String FILE_NAME = "git-credentials.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<Map<String, Map<String, Map<String, String>>>> SHAPE = new TypeReference<>() {};

    private final Path file;

    public CredentialStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public static CredentialStore atDefaultLocation() {
        return new CredentialStore(dev.junction.platform.ConfigDirectory.resolve().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The key a host is stored under: the lower-cased host, with {@code :port} when a port is given (> 0). */
    public static String hostKey(String host, int port) {
        String name = Objects.requireNonNull(host, "host").toLowerCase(Locale.ROOT);
        return port > 0 ? name + ":" + port : name;
    }

    /** The credential for a host reached on a port (-1 or 0 for the protocol's default). */
    public synchronized Optional<Credential> find(String host, int port) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Credential> all = all();
        Credential exact = all.get(hostKey(host, port));
        return Optional.ofNullable(exact != null ? exact : all.get(hostKey(host, -1)));
    }

    /** Every stored credential by host key, sorted; for a settings page. */
    public synchronized Map<String, Credential> all() {
        Map<String, Credential> result = new TreeMap<>();
        read().forEach((key, fields) -> result.put(key, fromFields(key, fields)));
        return result;
    }

    /** Stores (or replaces) the credential for a host key, see {@link #hostKey}. */
    public synchronized void put(String hostKey, Credential credential) {
        Objects.requireNonNull(credential, "credential");
        if (hostKey == null || hostKey.isBlank() || hostKey.contains("/")) {
            throw new IllegalArgumentException("a credential is stored under a host name, e.g. github.com or "
                    + "git.example.com:2222, not '" + hostKey + "'");
        }
        Map<String, Map<String, String>> entries = read();
        entries.put(hostKey.toLowerCase(Locale.ROOT), toFields(credential));
        write(entries);
    }

    /** Forgets a host's credential; nothing happens when there is none. */
    public synchronized void remove(String hostKey) {
        Map<String, Map<String, String>> entries = read();
        if (entries.remove(hostKey.toLowerCase(Locale.ROOT)) != null) {
            write(entries);
        }
    }

    private Map<String, Map<String, String>> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            OwnerOnlyFiles.restrict(file);
            Map<String, Map<String, Map<String, String>>> document = JSON.readValue(file.toFile(), SHAPE);
            Map<String, Map<String, String>> hosts = document == null ? null : document.get("hosts");
            return hosts == null ? new TreeMap<>() : new TreeMap<>(hosts);
        } catch (IOException e) {
            throw new CredentialStoreException("Cannot read the git credentials in " + file + " (" + e.getMessage()
                    + "). Fix the JSON, or delete the file and enter the credentials again.", e);
        }
    }

    private void write(Map<String, Map<String, String>> entries) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(Map.of("hosts", new TreeMap<>(entries)));
            OwnerOnlyFiles.write(file, bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new CredentialStoreException("Cannot write the git credentials to " + file + " ("
                    + e.getMessage() + "). Check that the folder exists and is writable by you.", e);
        }
    }

    private static Map<String, String> toFields(Credential credential) {
        Map<String, String> fields = new LinkedHashMap<>();
        switch (credential) {
            case Credential.Token t -> {
                fields.put("type", "token");
                fields.put("username", t.username());
                fields.put("token", t.token());
            }
            case Credential.SshKey k -> {
                fields.put("type", "ssh-key");
                fields.put("privateKey", k.privateKey().toString());
                fields.put("passphrase", k.passphrase());
            }
        }
        return fields;
    }

    private Credential fromFields(String key, Map<String, String> fields) {
        String type = fields == null ? null : fields.get("type");
        try {
            return switch (type) {
                case "token" -> new Credential.Token(fields.get("username"), fields.get("token"));
                case "ssh-key" -> new Credential.SshKey(Path.of(fields.get("privateKey")), fields.get("passphrase"));
                case null, default -> throw new IllegalArgumentException("unknown type '" + type + "'");
            };
        } catch (RuntimeException e) {
            throw new CredentialStoreException("The git credential for '" + key + "' in " + file + " is not usable ("
                    + e.getMessage() + "): expected type token (username, token) or ssh-key (privateKey, "
                    + "passphrase). Fix or remove the entry.", e);
        }
    }
}
