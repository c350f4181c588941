// The thread that checkpoints a SQLite database in WAL mode for the server (see sqlite-checkpointer.ts).
// Plain JavaScript: a worker thread does not inherit the loader that runs Sigap's TypeScript.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const db = new Database(workerData.path);
// As the writer: a checkpoint flushes the WAL before copying it and the database file after.
db.pragma("synchronous = NORMAL");

parentPort.on("message", (message) => {
  if (message === "checkpoint") {
    // PASSIVE: copies what no reader still needs, without waiting for the writer or the readers.
    const [result] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ checkpointed: result.checkpointed, log: result.log });
  } else if (message === "close") {
    db.close();
    parentPort.close();
  }
});
