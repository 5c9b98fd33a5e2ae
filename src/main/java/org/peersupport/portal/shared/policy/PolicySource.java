package org.peersupport.portal.shared.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where policy files are read from: the folder named by {@code portal.policy.dir}
 * (PORTAL_POLICY_DIR), or the reviewed copies packaged in the WAR ({@code moderation-policies/*.yaml}
 * on the class path).
 */
public interface PolicySource {

    /** The bytes of one file; a file that is missing or cannot be read is refused at line 0. */
    byte[] read(String file);

    /** The folder the files come from; empty for the copies packaged in the application. */
    Optional<Path> folder();

    default PolicyDocument document(String file) {
        return PolicyDocument.parse(file, read(file));
    }

    /** The folder named by the setting, or the packaged copies when it is absent or blank. */
    static PolicySource configured(Optional<String> folder) {
        return folder.filter(f -> !f.isBlank()).map(f -> folder(Path.of(f.strip()))).orElseGet(PolicySource::packaged);
    }

    static PolicySource folder(Path folder) {
        return new PolicySource() {
            @Override
            public byte[] read(String file) {
                try {
                    return Files.readAllBytes(folder.resolve(file));
                } catch (NoSuchFileException e) {
                    throw new PolicyFileException(file, 0, "is missing from " + folder, e);
                } catch (IOException e) {
                    throw new PolicyFileException(file, 0, "cannot be read from " + folder + " (" + e + ")", e);
                }
            }

            @Override
            public Optional<Path> folder() {
                return Optional.of(folder);
            }
        };
    }

    static PolicySource packaged() {
        return new PolicySource() {
            @Override
            public byte[] read(String file) {
                try (InputStream in = PolicySource.class.getClassLoader().getResourceAsStream("moderation-policies/" + file)) {
                    if (in == null) {
                        throw new PolicyFileException(file, 0, "is not packaged in the application", null);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new PolicyFileException(file, 0, "cannot be read (" + e + ")", e);
                }
            }

            @Override
            public Optional<Path> folder() {
                return Optional.empty();
            }
        };
    }

    /** Files already read (a reload's snapshot, or a test's): nothing else can be read from it. */
    static PolicySource of(Map<String, byte[]> files, Optional<Path> folder) {
        Map<String, byte[]> copy = Map.copyOf(files);
        return new PolicySource() {
            @Override
            public byte[] read(String file) {
                byte[] bytes = copy.get(file);
                if (bytes == null) {
                    throw new PolicyFileException(file, 0, "is not among the files this policy declares", null);
                }
                return bytes.clone();
            }

            @Override
            public Optional<Path> folder() {
                return folder;
            }
        };
    }
}
