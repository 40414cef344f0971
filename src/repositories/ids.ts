import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 16 random digits of an id (each 0-31), from the system's secure source. */
function secureDigits(): number[] {
  return Array.from(randomBytes(16), (byte) => byte % 32);
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
