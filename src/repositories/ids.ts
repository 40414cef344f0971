import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * An opaque public id: prefix + 26 Crockford base32 characters (48-bit millisecond time, then 80
 * random bits, as in ULID), so ids sort roughly by creation and never collide in practice.
 */
export function newId(prefix: 'evt' | 'art', now: number = Date.now()): string {
  let time = '';
  let ms = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD[random[i] % 32];
  return `${prefix}_${time}${tail}`.toLowerCase();
}
