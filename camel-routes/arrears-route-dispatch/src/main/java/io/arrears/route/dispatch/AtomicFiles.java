package io.arrears.route.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers (a print shop's pick-up job, a mail gateway watching the folder) see
 * either nothing or the whole file: write a hidden temporary file in the same folder, then rename it.
 */
final class AtomicFiles {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFiles() {
    }

    static Path write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("could not write " + target + ": " + e.getMessage(), e);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static Path write(Path target, byte[] bytes) throws IOException {
        return write(target, out -> out.write(bytes));
    }
}
