import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Sets the modification time of every jar below a folder to one fixed instant (the build's reproducible
 * timestamp). The JVM accepts an AOT cache only when the class path's jars have the size and time they had when
 * the cache was recorded; jpackage copies the jars (new times), so the training image and the installed app
 * both get this same time (the .deb's postinst sets it again after dpkg unpacks the files).
 *
 * <p>Run with the JDK's source launcher: {@code java FixJarTimes.java <folder> <epoch-seconds>}.
 */
public final class FixJarTimes {
    public static void main(String[] args) throws IOException {
        FileTime time = FileTime.fromMillis(Long.parseLong(args[1]) * 1000);
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, time);
            }
        }
    }
}
