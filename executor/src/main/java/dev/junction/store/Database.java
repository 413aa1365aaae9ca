package dev.junction.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * Junction's database: a connection pool (HikariCP) over a schema that Flyway brings up to date on open,
 * used through JDBI. By default an H2 file per user; for team mode any JDBC URL (PostgreSQL).
 *
 * <p>The H2 file database is opened in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}): the first
 * process to open it serves it to the others over TCP, so {@code junction history} or {@code logs --follow}
 * work while another process ({@code junction run}, the desktop app) writes. The server is bound to the
 * loopback interface (see the static initializer) and only answers clients that know the random key H2
 * keeps in the lock file beside the database. When the serving process ends, another one takes over.
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes H2 write every committed transaction to the file at once (the
 * default keeps up to 500 ms of commits in memory, which a killed process would lose). Committed data
 * therefore survives a crash of the process; H2 does not fsync each commit, so an OS crash or power loss
 * may still lose the last moments.
 *
 * <p>Thread-safe. Close it when done (closing the last H2 connection of a process closes the file).
 */
public final class Database implements AutoCloseable {

    /** File name (without H2's {@code .mv.db} suffix) of the database in the data folder. */
    public static final String FILE_NAME = "junction";

    private static final String H2_USER = "junction";
    private static final String H2_OPTIONS = ";AUTO_SERVER=TRUE;WRITE_DELAY=0";

    static {
        // H2 reads this once, when its classes load. The auto server must not listen on the network: every
        // process that shares the file runs on this machine. An application that sets it itself keeps its value.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final String url;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(String url, HikariDataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens (creating if needed) the H2 database {@code <dataDir>/junction.mv.db} and migrates it.
     *
     * @throws StoreException if the folder cannot be created or the database cannot be opened or migrated
     */
    public static Database openFile(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (dir.toString().contains(";")) {
            // H2 would read the rest of the path as connection settings
            throw new StoreException("the data folder " + dir + " contains ';', which H2 database paths cannot hold");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + dir.resolve(FILE_NAME) + H2_OPTIONS;
        return open(url, H2_USER, "", 4);
    }

    /**
     * Opens a database by JDBC URL (e.g. {@code jdbc:postgresql://host/junction}) and migrates it. PostgreSQL
     * needs version 15 or later (the store uses SQL {@code MERGE}).
     *
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, 8);
    }

    private static Database open(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        // keep one connection so an H2 file stays open (and its server up) for as long as this object lives
        config.setMinimumIdle(1);
        config.setPoolName("junction-db");
        config.setConnectionTimeout(30_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the run database " + redacted(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new StoreException("cannot migrate the run database " + redacted(jdbcUrl) + ": " + rootMessage(e), e);
        }
        return new Database(jdbcUrl, dataSource);
    }

    /** The JDBI entry point; statements run on pooled connections. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The JDBC URL this database was opened with. */
    public String url() {
        return url;
    }

    /** Closes the pool. Idempotent. */
    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return "Database[" + redacted(url) + "]";
    }

    /** JDBC URLs may carry a password parameter; never print it. */
    private static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
