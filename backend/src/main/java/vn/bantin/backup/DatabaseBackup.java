package vn.bantin.backup;

import java.nio.file.Path;

/** A consistent copy of the whole database, taken while the app runs: one implementation per database kind. */
interface DatabaseBackup {
    /** Writes the copy to {@code file}, a zip. */
    void writeTo(Path file);
}
