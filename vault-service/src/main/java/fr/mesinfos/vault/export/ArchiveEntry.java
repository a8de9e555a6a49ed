package fr.mesinfos.vault.export;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** One file being written into the archive, digested (SHA-256) and counted on the way for the manifest. */
public final class ArchiveEntry extends OutputStream {
    private final ZipOutputStream zip;
    private final String path;
    private final MessageDigest digest;
    private long bytes;

    private ArchiveEntry(ZipOutputStream zip, String path) throws IOException {
        this.zip = zip;
        this.path = path;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        zip.putNextEntry(new ZipEntry(path));
    }

    static ArchiveEntry open(ZipOutputStream zip, String path) throws IOException {
        return new ArchiveEntry(zip, path);
    }

    /** What the manifest says of a file. */
    public record Written(String path, long bytes, String sha256) {
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        zip.write(b, off, len);
        digest.update(b, off, len);
        bytes += len;
    }

    /** Ends the entry (the zip stream itself stays open). */
    Written finish() throws IOException {
        zip.closeEntry();
        return new Written(path, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void close() {
        // the zip stream is closed by its owner
    }
}
