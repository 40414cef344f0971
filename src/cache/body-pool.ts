/**
 * Reusable buffers for response bodies. A body of tens of kilobytes allocated per response lives
 * outside the JS heap, and V8 answers every 64 MB of such allocations with a full mark-compact:
 * serving 31 KB pages of the 1M bench timeline, one every few hundred milliseconds, each pausing
 * every request in flight for 5-50 ms (bench/scratch measurement with --trace-gc). A body is taken
 * for one response and given back once the response has been handed to the socket; one never
 * given back (the client went away first) is left to the garbage collector.
 */
export class BodyPool {
  /** Free buffers by size (powers of two from MIN_SIZE). */
  private readonly free = new Map<number, ArrayBufferLike[]>();
  private freeBytes = 0;

  /** @param maxFreeBytes bytes of free buffers kept for later responses; more are dropped */
  constructor(private readonly maxFreeBytes: number) {}

  /** A buffer of exactly `length` bytes (a view of a pooled buffer), to be given back when sent. */
  take(length: number): Buffer {
    const size = sizeFor(length);
    const pooled = this.free.get(size)?.pop();
    if (pooled) this.freeBytes -= size;
    return Buffer.from(pooled ?? new ArrayBuffer(size), 0, length);
  }

  /** Gives back a body from take() that nothing reads any more. */
  give(body: Buffer): void {
    const buffer = body.buffer;
    const size = buffer.byteLength;
    if (this.freeBytes + size > this.maxFreeBytes) return;
    const list = this.free.get(size);
    if (list) list.push(buffer);
    else this.free.set(size, [buffer]);
    this.freeBytes += size;
  }

  /** Bytes of free buffers held. */
  get heldBytes(): number {
    return this.freeBytes;
  }
}

/** The smallest size handed out: small bodies (a page of a few events, an empty page) share it. */
const MIN_SIZE = 4096;

/** Buffers come in powers of two, so that one of any length can serve a later body of a similar length. */
function sizeFor(length: number): number {
  let size = MIN_SIZE;
  while (size < length) size *= 2;
  return size;
}
