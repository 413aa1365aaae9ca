import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files ({@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}) from every jar
 * below a folder that has them. The JVM leaves classes of signed jars out of an AOT cache ("Skipping …: Signed
 * JAR"), and the Eclipse jars (JGit, ELK, EMF) are signed: unsigned, their ~1,000 classes load from the cache
 * at start-up too. The installer is our distribution; the jars' contents are otherwise unchanged (entries,
 * order, times and the manifest stay as they are).
 *
 * <p>Run with the JDK's source launcher: {@code java UnsignJars.java <folder>}.
 */
public final class UnsignJars {
    public static void main(String[] args) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                if (isSigned(jar)) {
                    unsign(jar);
                    System.out.println("unsigned " + jar.getFileName());
                }
            }
        }
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> isSignature(e.getName()));
        }
    }

    private static void unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (isSignature(entry.getName())) {
                    continue;
                }
                ZipEntry kept = new ZipEntry(entry.getName());
                kept.setTime(entry.getTime());
                out.putNextEntry(kept);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
