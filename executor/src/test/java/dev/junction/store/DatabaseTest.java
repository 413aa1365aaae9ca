package dev.junction.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.run.HistoryQuery;
import dev.junction.run.RunSummary;
import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void openingCreatesTheFolderAndTheSchema() {
        Path nested = dataDir.resolve("a/b");
        try (Database database = Database.openFile(nested)) {
            assertThat(Files.exists(nested.resolve("junction.mv.db"))).isTrue();
            List<String> versions = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
                    .mapTo(String.class).list());
            assertThat(versions).containsExactly("1");
            assertThat(new RunStore(database).history(new HistoryQuery(null, 10))).isEmpty();
        }
    }

    @Test
    void twoDatabaseInstancesOnOneFileReadAndWriteAtOnce() {
        try (Database first = Database.openFile(dataDir); Database second = Database.openFile(dataDir)) {
            RunStore one = new RunStore(first);
            RunStore two = new RunStore(second);
            one.append(List.of(new Events("from-one", T0).started("w", Map.of())));
            two.append(List.of(new Events("from-two", T0.plusSeconds(1)).started("w", Map.of())));

            assertThat(one.history(new HistoryQuery(null, 10))).extracting(RunSummary::runId)
                    .containsExactly("from-two", "from-one");
            assertThat(two.history(new HistoryQuery(null, 10))).extracting(RunSummary::runId)
                    .containsExactly("from-two", "from-one");
        }
    }

    @Test
    void serverForOtherProcessesListensOnLoopbackOnly() throws IOException {
        try (Database ignored = Database.openFile(dataDir)) {
            Properties lock = new Properties();
            try (Reader reader = Files.newBufferedReader(dataDir.resolve("junction.lock.db"))) {
                lock.load(reader);
            }
            String server = lock.getProperty("server");
            assertThat(server).startsWith("localhost:");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(socket.isConnected()).isTrue();
            }
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2_000);
                    }
                }).as("connect via %s", address).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void unreachableDatabaseIsAClearErrorThatHidesThePassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/junction?password=hunter2", "junction", ""))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open the run database jdbc:postgresql://127.0.0.1:1/junction")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void dataFolderThatIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(dataDir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> Database.openFile(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the data folder").hasMessageContaining("not-a-folder");
    }

    @Test
    void dataFolderWithASemicolonIsRefusedBeforeH2ReadsItAsSettings() {
        assertThatThrownBy(() -> Database.openFile(dataDir.resolve("x;MODE=MySQL")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("';'");
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLinkLocalAddress())
                .toList();
    }
}
