import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream } from "node:fs";
import { chmod, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { SNIFF_BYTES } from "../core/reports/media-type.ts";

/*
 * Files of reports and incidents, stored by content: `<SIGAP_DATA_DIR>/attachments/ab/cd/<sha256>`.
 * The same bytes are stored once however often they arrive, a stored file is never changed (its
 * name is its hash), and the database rows that describe it (attachments, custody events) are
 * written in the command's transaction. A file is written before that transaction commits; when
 * the command then fails, the file stays behind unreferenced. That is harmless: nothing points to
 * it, the next upload of the same bytes reuses it, and deleting it could race with a concurrent
 * upload of identical content that does commit. A sweep of unreferenced files can come later.
 */

/** What the store knows about a file it has written. */
export interface StoredBlob {
  sha256: string;
  sizeBytes: number;
  /** The first bytes (up to SNIFF_BYTES), for checking what the file really is. */
  head: Buffer;
}

export interface PutOptions {
  /** Larger files are refused while streaming: `tooLarge()` is thrown and nothing is kept. */
  maxBytes: number;
  tooLarge: () => Error;
  /** Runs before the file is moved into place; throwing refuses the file and nothing is kept. */
  check?: (blob: StoredBlob) => void;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The content-addressed file store. */
export class AttachmentStore {
  constructor(readonly root: string) {}

  /** Where the file with this hash lives. */
  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /**
   * Streams `source` into the store, computing its SHA-256 and size on the way, and returns them.
   * The bytes go to a temporary file first, are flushed to disk, and are renamed into place only
   * when complete and accepted, so a reader never sees a partial file under a hash name.
   */
  async put(source: Buffer | Uint8Array | AsyncIterable<Uint8Array>, options: PutOptions): Promise<StoredBlob> {
    const tmpDir = join(this.root, "tmp");
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${randomBytes(12).toString("hex")}.part`);
    const hash = createHash("sha256");
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const input = source instanceof Uint8Array ? Readable.from([source]) : source;
    const sink = createWriteStream(tmp, { flags: "wx", mode: 0o600 });
    try {
      await pipeline(
        input,
        async function* (chunks: AsyncIterable<Uint8Array>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > options.maxBytes) throw options.tooLarge();
            hash.update(chunk);
            if (headLength < SNIFF_BYTES) {
              const part = Buffer.from(chunk.subarray(0, SNIFF_BYTES - headLength));
              headChunks.push(part);
              headLength += part.length;
            }
            yield chunk;
          }
        },
        sink,
      );
      const blob: StoredBlob = { sha256: hash.digest("hex"), sizeBytes: size, head: Buffer.concat(headChunks) };
      options.check?.(blob);
      const handle = await open(tmp, "r+");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      const target = this.pathOf(blob.sha256);
      await mkdir(join(target, ".."), { recursive: true });
      await chmod(tmp, 0o440);
      // Same name, same bytes: replacing an existing copy changes nothing.
      await rename(tmp, target);
      return blob;
    } catch (error) {
      // A stream stopped early may still be opening its file: removed before that, it would come back.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once("close", () => resolve()));
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /** Whether the file is in the store, with its size. */
  async size(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch {
      return null;
    }
  }

  /** A stream of the stored file. */
  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}

/** The store under a data directory: `<dataDir>/attachments`. */
export const attachmentStoreFor = (dataDir: string): AttachmentStore =>
  new AttachmentStore(join(dataDir, "attachments"));
