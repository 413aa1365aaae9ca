package dev.junction.git.workspace;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A smart-HTTP git server for tests: Javalin (Jetty) on 127.0.0.1, a random port, basic auth, serving the bare
 * repositories in one folder with JGit's own UploadPack and ReceivePack, the same protocol code JGit's GitServlet
 * runs (its servlet artifact is not available here).
 */
final class HttpGitServer implements AutoCloseable {

    private final Path root;
    private final String user;
    private final String token;
    private final Javalin app;

    HttpGitServer(Path root, String user, String token) {
        this.root = root;
        this.user = user;
        this.token = token;
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/{repo}/info/refs", this::advertise);
            cfg.routes.post("/{repo}/git-upload-pack", ctx -> serve(ctx, "git-upload-pack"));
            cfg.routes.post("/{repo}/git-receive-pack", ctx -> serve(ctx, "git-receive-pack"));
        }).start("127.0.0.1", 0);
    }

    /** The clone URL of a repository folder under the root, e.g. {@code team.git}. */
    String url(String repository) {
        return "http://127.0.0.1:" + app.port() + "/" + repository;
    }

    int port() {
        return app.port();
    }

    private void advertise(Context ctx) throws IOException {
        String service = ctx.queryParam("service");
        if (!authorized(ctx) || service == null) {
            return;
        }
        try (Repository repo = open(ctx)) {
            if (repo == null) {
                return;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PacketLineOut lines = new PacketLineOut(out);
            lines.writeString("# service=" + service + "\n");
            lines.end();
            RefAdvertiser.PacketLineOutRefAdvertiser advertiser = new RefAdvertiser.PacketLineOutRefAdvertiser(lines);
            switch (service) {
                case "git-upload-pack" -> upload(repo).sendAdvertisedRefs(advertiser);
                case "git-receive-pack" -> receive(repo).sendAdvertisedRefs(advertiser);
                default -> {
                    ctx.status(HttpStatus.FORBIDDEN);
                    return;
                }
            }
            ctx.header("Cache-Control", "no-cache").contentType("application/x-" + service + "-advertisement")
                    .result(out.toByteArray());
        }
    }

    private void serve(Context ctx, String service) throws IOException {
        if (!authorized(ctx)) {
            return;
        }
        try (Repository repo = open(ctx); InputStream in = body(ctx)) {
            if (repo == null) {
                return;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (service.equals("git-upload-pack")) {
                upload(repo).upload(in, out, null);
            } else {
                receive(repo).receive(in, out, null);
            }
            ctx.header("Cache-Control", "no-cache").contentType("application/x-" + service + "-result")
                    .result(out.toByteArray());
        }
    }

    private static UploadPack upload(Repository repo) {
        UploadPack pack = new UploadPack(repo);
        pack.setBiDirectionalPipe(false); // one request, one response: HTTP is stateless
        return pack;
    }

    private static ReceivePack receive(Repository repo) {
        ReceivePack pack = new ReceivePack(repo);
        pack.setBiDirectionalPipe(false);
        return pack;
    }

    private boolean authorized(Context ctx) {
        var credentials = ctx.basicAuthCredentials();
        if (credentials != null && credentials.getUsername().equals(user) && credentials.getPassword().equals(token)) {
            return true;
        }
        ctx.header("WWW-Authenticate", "Basic realm=\"git\"").status(HttpStatus.UNAUTHORIZED);
        return false;
    }

    private Repository open(Context ctx) throws IOException {
        Path dir = root.resolve(ctx.pathParam("repo")).normalize();
        if (!dir.startsWith(root) || !Files.isDirectory(dir.resolve("objects"))) {
            ctx.status(HttpStatus.NOT_FOUND);
            return null;
        }
        return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
    }

    private static InputStream body(Context ctx) throws IOException {
        InputStream in = ctx.bodyInputStream();
        return "gzip".equalsIgnoreCase(ctx.header("Content-Encoding")) ? new GZIPInputStream(in) : in;
    }

    @Override
    public void close() {
        app.stop();
    }
}
