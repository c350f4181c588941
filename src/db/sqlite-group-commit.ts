import type { Database as SqliteHandle, Statement } from "better-sqlite3";
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from "kysely";

/*
 * SQLite through better-sqlite3 with group commit, a separate connection for reads, and a
 * statement cache.
 *
 * Why: with `synchronous=FULL` every COMMIT waits for an fsync of the WAL (milliseconds on a
 * virtual disk), and the one write connection serialises every transaction, so durable commits
 * one by one cap the whole server at a few hundred writes a second whatever the CPU. Group commit
 * keeps the durability and shares the fsync: transactions that run back to back form one batch
 * inside an outer `BEGIN IMMEDIATE … COMMIT`, each in its own SAVEPOINT, and each caller's commit
 * resolves only once the batch's COMMIT has returned — nothing is acknowledged before it is on
 * disk. A transaction that fails rolls back to its savepoint and leaves the others alone; if the
 * batch's COMMIT fails (disk full, I/O error) every transaction in it fails.
 *
 * The fsync itself can run after the COMMIT, off the main thread (`syncWal`, see sqlite-wal-sync.ts):
 * callers are still answered only once it has returned.
 *
 * The batch is committed as soon as the transactions already waiting for the write connection
 * have run (a setImmediate after the first commit joins the queue behind them) and the previous
 * batch's WAL flush, if one is running, has returned: under load a batch holds what arrived while
 * the previous one was being written and flushed; alone, a transaction commits at once.
 *
 * Statements outside a transaction: reads go to a second, read-only connection (WAL lets it read
 * while the writer writes), so they never queue behind transactions and see only committed data;
 * writes take the write connection, join the batch and return only after its COMMIT; statements
 * that cannot run inside a transaction (VACUUM, PRAGMA, …) first commit the batch. An in-memory
 * database has no second connection: everything runs on the one.
 *
 * Prepared statements are cached by SQL text (Kysely would prepare every query anew).
 */

/** Most prepared statements kept per connection; the cache starts over past this (SQL with inlined lists varies). */
const STATEMENT_CACHE_SIZE = 1000;

/** The savepoint each transaction of a batch runs in (one at a time on the write connection). */
const TX_SAVEPOINT = "sigap_tx";

/** Statements that may run inside the batch when sent outside a transaction. */
const BATCHABLE = /^\s*(select|insert|update|delete|with|replace)\b/i;

export interface GroupCommitOptions {
  /** Runs inside each batch's transaction just before its COMMIT (see sqlite-search-index.ts). */
  beforeCommit?: (handle: SqliteHandle) => void;
  /**
   * Makes a batch durable after its COMMIT (see sqlite-wal-sync.ts): its transactions resolve only
   * once this has, and fail if it fails. Absent: COMMIT itself is durable (or need not be).
   */
  syncWal?: () => Promise<void>;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/** A strictly first-come, first-served lock (the write connection's queue). */
class FifoMutex {
  #locked = false;
  #queue: (() => void)[] = [];

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#queue.push(resolve));
  }

  unlock(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#locked = false;
  }
}

/** Prepared statements of one connection, by SQL text. */
class StatementCache {
  readonly #statements = new Map<string, Statement>();
  constructor(readonly handle: SqliteHandle) {}

  /** The prepared statement for `sql`; a fresh one when the cached one is busy (being iterated). */
  get(sql: string, cache = true): Statement {
    const cached = this.#statements.get(sql);
    if (cached && !cached.busy) return cached;
    const stmt = this.handle.prepare(sql);
    if (!cached && cache) {
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.clear();
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }
}

/** One use of the database by Kysely (an acquisition): its transaction and whether it holds the writer. */
class GroupConnection implements DatabaseConnection {
  /** Holds the write connection's lock. */
  locked = false;
  /** The savepoint of the Kysely transaction running on this acquisition, if any. */
  savepoint: string | null = null;
  /** A write outside a transaction joined the batch: releasing waits for its COMMIT. */
  joinedBatch = false;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.driver.execute<R>(this, compiledQuery);
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query)) {
      throw new Error("Sqlite driver only supports streaming of select queries");
    }
    const stmt = this.driver.streamStatement(this, compiledQuery.sql);
    for (const row of stmt.iterate(compiledQuery.parameters as unknown[])) yield { rows: [row as R] };
  }
}

const resultOf = <R>(stmt: Statement, parameters: unknown[]): QueryResult<R> => {
  if (stmt.reader) return { rows: stmt.all(parameters) as R[] };
  const { changes, lastInsertRowid } = stmt.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
};

class GroupCommitDriver implements Driver {
  readonly #writer: StatementCache;
  readonly #reader: StatementCache | null;
  readonly #mutex = new FifoMutex();
  /** Transactions (and outside writes) of the open batch waiting for its COMMIT. */
  #waiters: Waiter[] = [];
  #flushScheduled = false;
  #closed = false;
  /** The WAL flush of the last batch committed, while it runs (see #flush). */
  #syncing: Promise<void> | null = null;

  readonly #options: GroupCommitOptions;

  constructor(writer: SqliteHandle, reader: SqliteHandle | null, options: GroupCommitOptions) {
    this.#writer = new StatementCache(writer);
    this.#reader = reader ? new StatementCache(reader) : null;
    this.#options = options;
  }

  get #handle(): SqliteHandle {
    return this.#writer.handle;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // The write lock is taken when a transaction begins or a statement needs the writer.
    return new GroupConnection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as GroupConnection;
    await this.#lock(conn);
    // IMMEDIATE: the batch takes the write lock at once, so no statement in it ever has to
    // upgrade a read lock (which another process could make fail).
    if (!this.#handle.inTransaction) this.#exec("begin immediate");
    conn.savepoint = TX_SAVEPOINT;
    this.#exec(`savepoint ${TX_SAVEPOINT}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as GroupConnection;
    conn.savepoint = null;
    if (!this.#handle.inTransaction) {
      // SQLite rolled the whole batch back after an error this transaction chose to ignore.
      throw new Error("the transaction was rolled back by SQLite after an earlier error");
    }
    this.#exec(`release ${TX_SAVEPOINT}`);
    const durable = this.#join();
    // The next transaction may run in this batch while this one waits for the COMMIT.
    this.#unlock(conn);
    await durable;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const conn = connection as GroupConnection;
    // After a failed group COMMIT Kysely rolls back too: the batch already did.
    if (conn.savepoint === null) return;
    conn.savepoint = null;
    if (this.#handle.inTransaction) {
      this.#exec(`rollback to ${TX_SAVEPOINT}`);
      this.#exec(`release ${TX_SAVEPOINT}`);
      this.#scheduleFlush();
    } else {
      // An error (I/O, disk full, …) made SQLite roll back the outer transaction: every
      // transaction of the batch that was waiting for its COMMIT is lost.
      this.#fail(new Error("SQLite rolled back the group commit after an error"));
    }
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name.replaceAll('"', '""')}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name.replaceAll('"', '""')}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${name.replaceAll('"', '""')}"`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const conn = connection as GroupConnection;
    const durable = conn.joinedBatch ? this.#join() : null;
    conn.joinedBatch = false;
    this.#unlock(conn);
    if (durable) await durable;
  }

  async destroy(): Promise<void> {
    await this.#mutex.lock();
    try {
      this.#commitBatch();
    } finally {
      this.#closed = true;
      this.#reader?.handle.close();
      this.#handle.close();
      this.#mutex.unlock();
    }
  }

  /** Runs one statement: reads outside a transaction on the reader, everything else on the writer. */
  async execute<R>(conn: GroupConnection, compiled: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = compiled.parameters as unknown[];
    if (!conn.locked && this.#reader) {
      // `readonly`, not `reader`: an INSERT … RETURNING returns rows but writes.
      const stmt = this.#readerStatement(compiled.sql);
      if (stmt?.readonly && stmt.reader) return resultOf<R>(stmt, parameters);
    }
    if (!conn.locked) await this.#lock(conn);
    const inBatch = this.#handle.inTransaction;
    if (conn.savepoint !== null && !inBatch) {
      // Never let a transaction's later statements autocommit one by one.
      throw new Error("the transaction was rolled back by SQLite after an earlier error");
    }
    const batchable = BATCHABLE.test(compiled.sql);
    if (conn.savepoint === null && inBatch && !batchable) this.#commitBatch();
    const stmt = this.#writer.get(compiled.sql);
    if (conn.savepoint === null && !stmt.readonly) {
      // A write outside a transaction joins a batch (one is opened if none is): releasing the
      // connection waits for its COMMIT.
      if (batchable && !this.#handle.inTransaction) this.#exec("begin immediate");
      if (this.#handle.inTransaction) conn.joinedBatch = true;
    }
    const result = resultOf<R>(stmt, parameters);
    if (!this.#handle.inTransaction && !stmt.readonly && this.#options.syncWal) {
      // A statement that cannot run in a transaction (VACUUM, some PRAGMAs) committed on its own:
      // durable like a batch before it is answered.
      await this.#options.syncWal();
    }
    return result;
  }

  /** The statement on the reader; null when the reader cannot prepare it (the writer then will, or will say why). */
  #readerStatement(sql: string): Statement | null {
    try {
      return this.#reader!.get(sql);
    } catch {
      return null;
    }
  }

  /** The statement a stream iterates (not cached: it stays busy while the stream is read). */
  streamStatement(conn: GroupConnection, sql: string): Statement {
    return (!conn.locked && this.#reader ? this.#reader : this.#writer).get(sql, false);
  }

  async #lock(conn: GroupConnection): Promise<void> {
    await this.#mutex.lock();
    conn.locked = true;
  }

  #unlock(conn: GroupConnection): void {
    if (!conn.locked) return;
    conn.locked = false;
    this.#mutex.unlock();
  }

  #exec(sql: string): void {
    this.#writer.get(sql).run();
  }

  /** A promise that settles when the open batch has been committed (or has failed). */
  #join(): Promise<void> {
    const durable = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    this.#scheduleFlush();
    return durable;
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => void this.#flush());
  }

  /**
   * Takes its turn on the writer behind the transactions already queued, then commits the batch.
   * While the last batch's WAL is being flushed to disk the open batch stays open, and what
   * arrives meanwhile joins it: the disk takes one flush at a time anyway, and a larger batch
   * spreads the cost of its COMMIT and search indexing over more transactions.
   */
  async #flush(): Promise<void> {
    if (this.#syncing) await this.#syncing;
    await this.#mutex.lock();
    this.#flushScheduled = false;
    try {
      if (!this.#closed) this.#commitBatch();
    } finally {
      this.#mutex.unlock();
    }
  }

  /** Commits the open batch, if any, and settles its waiters (call with the lock held). */
  #commitBatch(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    if (!this.#handle.inTransaction) {
      // Work joined a batch that is gone: SQLite rolled it back after an error (I/O, disk full, …).
      if (waiters.length > 0) this.#failAll(waiters, new Error("SQLite rolled back the group commit after an error"));
      return;
    }
    try {
      this.#options.beforeCommit?.(this.#handle);
      this.#exec("commit");
    } catch (error) {
      if (this.#handle.inTransaction) this.#exec("rollback");
      for (const w of waiters) w.reject(error);
      return;
    }
    const { syncWal } = this.#options;
    if (!syncWal) {
      for (const w of waiters) w.resolve();
      return;
    }
    // The next batch may run while this one's WAL is flushed; its callers wait for the flush.
    const syncing = syncWal().then(
      () => {
        for (const w of waiters) w.resolve();
      },
      (error: unknown) => {
        for (const w of waiters) w.reject(error);
      },
    );
    this.#syncing = syncing;
    void syncing.finally(() => {
      if (this.#syncing === syncing) this.#syncing = null;
    });
  }

  #fail(error: Error): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    this.#failAll(waiters, error);
  }

  #failAll(waiters: readonly Waiter[], error: Error): void {
    for (const w of waiters) w.reject(error);
  }
}

/**
 * The SQLite dialect of Sigap: Kysely's own compiler and adapter, the group-commit driver. `reader`
 * is a second (read-only) connection to the same file, or null for an in-memory database.
 */
export class GroupCommitSqliteDialect implements Dialect {
  constructor(
    private readonly writer: SqliteHandle,
    private readonly reader: SqliteHandle | null,
    private readonly options: GroupCommitOptions = {},
  ) {}

  createDriver(): Driver {
    return new GroupCommitDriver(this.writer, this.reader, this.options);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}
