import { Worker } from "node:worker_threads";

/*
 * Checkpoints of a SQLite database off the main thread. In WAL mode SQLite copies the WAL back
 * into the database file every thousand pages, inside whichever COMMIT crosses the mark, and
 * syncs the database file there: under load the server stopped for that copy and fsync every few
 * group commits, a few milliseconds each time. Instead the write connection runs with
 * `wal_autocheckpoint = 0` and a worker thread with its own connection runs PASSIVE checkpoints
 * (they neither wait for nor block the writer and the readers) at most every CHECKPOINT_EVERY_MS,
 * when commits ask for one. If the worker cannot run, the writer checkpoints itself again.
 */

/** Least time between two checkpoints while commits keep coming. */
export const CHECKPOINT_EVERY_MS = 200;

/** What the worker answers after each checkpoint: WAL frames in the log, and how many are copied. */
export interface CheckpointResult {
  log: number;
  checkpointed: number;
}

export interface Checkpointer {
  /** A commit has added to the WAL: a checkpoint runs within CHECKPOINT_EVERY_MS. */
  afterCommit(): void;
  /** Stops the worker (before the write connection closes, which checkpoints what is left). */
  close(): Promise<void>;
  /** Called after each checkpoint (for the tests). */
  onCheckpoint?: (result: CheckpointResult) => void;
}

/**
 * Starts checkpointing the database at `path` from a worker thread, when the first commit asks.
 * `fallBack` runs if the worker fails: it must turn SQLite's own checkpoints back on.
 */
export function startCheckpointer(path: string, fallBack: () => void): Checkpointer {
  let worker: Worker | null = null;
  /** The worker failed, or close was called: commits no longer ask for checkpoints. */
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let last = 0;
  const checkpoint = () => {
    timer = null;
    last = Date.now();
    worker?.postMessage("checkpoint");
  };
  const self: Checkpointer = {
    afterCommit() {
      if (stopped || timer) return;
      if (!worker) {
        worker = new Worker(new URL("./sqlite-checkpoint-worker.mjs", import.meta.url), { workerData: { path } });
        // Never keeps the process alive: a server that stops closes it, a script that ends leaves it.
        worker.unref();
        worker.on("message", (result: CheckpointResult) => self.onCheckpoint?.(result));
        worker.on("error", () => {
          if (stopped) return;
          stopped = true;
          worker = null;
          fallBack();
        });
      }
      timer = setTimeout(checkpoint, Math.max(0, last + CHECKPOINT_EVERY_MS - Date.now()));
      timer.unref();
    },
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      stopped = true;
      const running = worker;
      worker = null;
      if (!running) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      // Waited for: the process must not end (or take the database away) while the worker closes.
      running.ref();
      running.postMessage("close");
      await exited;
    },
  };
  return self;
}
