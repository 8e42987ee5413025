// A download client for benchmarks that share two cores with the server they measure. Node's
// HTTP client allocates a new Buffer for every socket read and passes it through its streams:
// for ten parallel 70-MB report CSVs the bench process spent more CPU than the server sending
// them, a fifth of it in garbage collection (bench:reports profile, 30.11.) – CPU the server
// then lacked. This client reads into one reused buffer (net's `onread`), decodes HTTP/1.1
// framing itself (Content-Length, chunked, or until close) and counts CRLF line ends as the
// bytes pass; every byte still arrives and is looked at. A real client sits on another machine.
import net from "node:net";

export interface Download {
  /** Time until the last byte (ms). */
  ms: number;
  /** Time until the first byte of the body (ms). */
  firstByteMs: number;
  /** CRLF line ends in the body. */
  lineEnds: number;
  /** Bytes of the body. */
  bytes: number;
  status: number;
}

const CR = 0x0d;
const LF = 0x0a;
const HEADER_END = Buffer.from("\r\n\r\n");

/** The body's framing: its length, chunked, or until the server closes. */
type Framing = { kind: "length"; remaining: number } | { kind: "chunked" } | { kind: "close" };

function framingOf(head: string): Framing {
  if (/^transfer-encoding:\s*chunked\s*$/im.test(head)) return { kind: "chunked" };
  const length = /^content-length:\s*(\d+)\s*$/im.exec(head);
  return length ? { kind: "length", remaining: Number(length[1]) } : { kind: "close" };
}

/** Counts body bytes and CRLF line ends across calls. */
class BodyCounter {
  bytes = 0;
  lineEnds = 0;
  private previous = 0;

  add(buffer: Buffer, from: number, to: number): void {
    if (to <= from) return;
    // A view, not a copy: the search must not run on into stale bytes of the reused buffer.
    const bytes = buffer.subarray(from, to);
    for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) {
      if ((at > 0 ? bytes[at - 1] : this.previous) === CR) this.lineEnds += 1;
    }
    this.previous = bytes[bytes.length - 1];
    this.bytes += bytes.length;
  }
}

/**
 * Decodes chunked transfer coding as bytes arrive: size lines (hex, extensions ignored), data,
 * the CRLF after each chunk; a zero size ends the body (trailers are not read).
 */
class ChunkedDecoder {
  done = false;
  private sizeLine = "";
  private remaining = 0;
  private afterData = 0;

  constructor(private readonly counter: BodyCounter) {}

  feed(bytes: Buffer, from: number, to: number): void {
    let at = from;
    while (at < to && !this.done) {
      if (this.remaining > 0) {
        const end = Math.min(to, at + this.remaining);
        this.counter.add(bytes, at, end);
        this.remaining -= end - at;
        at = end;
        if (this.remaining === 0) this.afterData = 2;
      } else if (this.afterData > 0) {
        this.afterData -= 1;
        at += 1;
      } else {
        at = this.readSizeLine(bytes, at, to);
      }
    }
  }

  private readSizeLine(bytes: Buffer, from: number, to: number): number {
    const end = bytes.indexOf(LF, from);
    if (end < 0 || end >= to) {
      this.sizeLine += bytes.toString("latin1", from, to);
      return to;
    }
    const line = (this.sizeLine + bytes.toString("latin1", from, end)).trim();
    this.sizeLine = "";
    const size = parseInt(line.split(";")[0], 16);
    if (Number.isNaN(size)) throw new Error(`Ungültige Chunk-Größe: ${JSON.stringify(line)}`);
    if (size === 0) this.done = true;
    this.remaining = size;
    return end + 1;
  }
}

/** GET `url` with the cookie; resolves when the body is complete (the connection is then closed). */
export function leanDownload(url: string, cookie: string): Promise<Download> {
  const target = new URL(url);
  const started = performance.now();
  const counter = new BodyCounter();
  const chunked = new ChunkedDecoder(counter);
  let head: Buffer | null = Buffer.alloc(0);
  let status = 0;
  let framing: Framing = { kind: "close" };
  let firstByteMs = 0;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve({ ms: performance.now() - started, firstByteMs, lineEnds: counter.lineEnds, bytes: counter.bytes, status });
    };
    const body = (bytes: Buffer, from: number, to: number) => {
      firstByteMs ||= performance.now() - started;
      if (framing.kind === "chunked") {
        chunked.feed(bytes, from, to);
        if (chunked.done) finish();
      } else if (framing.kind === "length") {
        const end = Math.min(to, from + framing.remaining);
        counter.add(bytes, from, end);
        framing.remaining -= end - from;
        if (framing.remaining === 0) finish();
      } else counter.add(bytes, from, to);
    };
    const received = (length: number, buffer: Buffer) => {
      if (!head) return body(buffer, 0, length);
      // The head is small: collected by copying; the body is only looked at in place.
      head = Buffer.concat([head, buffer.subarray(0, length)]);
      const end = head.indexOf(HEADER_END);
      if (end < 0) return;
      const text = head.toString("latin1", 0, end);
      status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      framing = framingOf(text);
      const rest = head;
      head = null;
      if (framing.kind === "length" && framing.remaining === 0) return finish();
      body(rest, end + HEADER_END.length, rest.length);
    };
    const socket = net.connect({
      host: target.hostname,
      port: Number(target.port),
      onread: {
        buffer: Buffer.allocUnsafe(256 * 1024),
        callback: (length: number, buffer: Uint8Array) => {
          try {
            received(length, buffer as Buffer);
          } catch (error) {
            settled = true;
            socket.destroy();
            reject(error);
          }
          return true;
        },
      },
    });
    socket.on("connect", () => {
      socket.write(
        `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nCookie: ${cookie}\r\n` +
          "Connection: close\r\n\r\n",
      );
    });
    socket.on("end", () => {
      if (framing.kind === "close" && !head) finish();
      else if (!settled) {
        settled = true;
        reject(new Error(`Verbindung vor dem Ende der Antwort geschlossen: ${url}`));
      }
    });
    socket.on("error", (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}
