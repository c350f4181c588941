import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/*
 * Durability of SQLite commits without stopping the server for the disk. With `synchronous=FULL`
 * SQLite calls fsync on the WAL inside COMMIT, and better-sqlite3 runs COMMIT on the main thread:
 * the whole server waited a few milliseconds for the disk at every group commit (a tenth or more
 * of its time under load). Instead the database runs with `synchronous=NORMAL` — in WAL mode as
 * safe from corruption as FULL, SQLite only skips the fsync at commit — and this flushes the WAL
 * to disk (fdatasync) on a libuv thread after each COMMIT. The group-commit driver answers a transaction only
 * once that flush has returned, so what a caller is told is committed has reached the disk, as
 * with FULL. (Other connections may read a commit a few milliseconds before its flush ends; no
 * caller has been answered for it yet.)
 */

/** A function that flushes the WAL of the database at `path` (and, once, its folder) to disk. */
export function walSyncer(file: string): () => Promise<void> {
  const path = resolve(file);
  let folderSynced = false;
  return async () => {
    // Opened each time: the WAL file is the one on disk now, whatever SQLite did to it.
    const wal = await openIfExists(`${path}-wal`);
    // No WAL file: everything was checkpointed into the database file, which SQLite syncs then.
    const file = wal ?? (await open(path, constants.O_RDONLY));
    try {
      // fdatasync: the WAL's data and its size, all that reading it back needs; timestamps can wait.
      await file.datasync();
    } finally {
      await file.close();
    }
    if (!folderSynced) {
      // The WAL file's entry in its folder, the first time (it was created by this process or before).
      const folder = await open(dirname(path), constants.O_RDONLY);
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
      folderSynced = true;
    }
  };
}

async function openIfExists(path: string) {
  try {
    return await open(path, constants.O_RDONLY);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
