import { Agent, request } from "node:http";

/*
 * An open-loop load: requests are due at a fixed rate whatever the answers, as from many people
 * filing reports at once, and each request's latency counts from when it was due. A request that
 * finds every connection busy waits for one, and that wait is part of its latency: a closed loop
 * (each client sends again when answered) or a paced one that skips what it could not send in
 * time would leave out the wait of exactly the requests a slow server delays (coordinated
 * omission), and report better latencies than its clients see.
 */

export interface OpenLoopOptions {
  url: string;
  path: string;
  headers: Record<string, string>;
  /** Bodies used in turn. */
  bodies: readonly string[];
  /** Requests per second offered. */
  rate: number;
  seconds: number;
  /** Connections (clients) at most; requests due while all are busy wait for one. */
  connections: number;
}

export interface OpenLoopResult {
  offered: number;
  /** Answered with a 2xx per second of the run (from the first request due to the last answer). */
  rate: number;
  /** Latency percentiles in ms, from when each request was due to its full answer. */
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.path, options.url);
  const total = Math.round(options.rate * options.seconds);
  const latencies = new Float64Array(total);
  const interval = 1000 / options.rate;
  let sent = 0;
  let answered = 0;
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();

  const done = new Promise<void>((resolve) => {
    const finish = (i: number, due: number, status: number | null) => {
      latencies[i] = performance.now() - due;
      if (status === null) errors++;
      else if (status >= 200 && status < 300) ok++;
      else non2xx++;
      if (++answered === total) resolve();
    };
    const send = (i: number, due: number) => {
      const body = options.bodies[i % options.bodies.length]!;
      const req = request(
        target,
        {
          method: "POST",
          agent,
          headers: { ...options.headers, "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on("end", () => finish(i, due, res.statusCode ?? 0));
          res.on("error", () => finish(i, due, null));
        },
      );
      req.on("error", () => finish(i, due, null));
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      // Every request due by now is sent (queued by the agent when all connections are busy).
      while (sent < total && start + sent * interval <= now) {
        send(sent, start + sent * interval);
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  await done;
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = Array.from(latencies).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return {
    offered: options.rate,
    rate: ok / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1]!,
    non2xx,
    errors,
  };
}
