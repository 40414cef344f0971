import { randomFillSync } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Random bytes from the system's secure source, drawn 4 KiB at a time and handed out 16 at a time,
 * each byte once (as crypto.randomUUID's entropy cache does). A randomBytes(16) per id allocated a
 * Buffer and made a native call each time: the writer thread's CPU per article on 1M events
 * (bench/writer.ts --slices 1000,384, three interleaved pairs, load 13-15) first batch 0.946 /
 * 0.961 / 0.942 -> 0.916 / 0.909 / 0.933 ms, next batch 0.359 / 0.385 / 0.375 -> 0.333 / 0.355 / 0.361,
 * at ~2.1 ids an article. Each thread has its own pool (a module instance per thread).
 */
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolAt = POOL_BYTES;

/** The 16 random digits of an id (each 0-31), from the system's secure source. */
function secureDigits(): number[] {
  if (poolAt + 16 > POOL_BYTES) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const digits = new Array<number>(16);
  for (let i = 0; i < 16; i++) digits[i] = pool[poolAt + i] % 32;
  poolAt += 16;
  return digits;
}

/**
 * An opaque public id: prefix + 26 Crockford base32 characters (48-bit millisecond time, then 80
 * random bits, as in ULID), so ids sort roughly by creation and never collide in practice.
 * `randomDigits` gives the 16 random digits (bench data passes a seeded generator: a rebuild gives
 * the same ids).
 */
export function newId(prefix: 'evt' | 'art', now: number = Date.now(), randomDigits: () => number[] = secureDigits): string {
  let time = '';
  let ms = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  const tail = randomDigits().map((digit) => CROCKFORD[digit]).join('');
  return `${prefix}_${time}${tail}`.toLowerCase();
}
