package de.lotse.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build of Lotse, as the build wrote it. */
public final class Version {

    private Version() {
    }

    /** The version, or {@code unknown} when the build left none. */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
