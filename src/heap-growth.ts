import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { trackOpenRequests } from './open-requests.js';

/**
 * How much V8 lets a heap grow past what its last full collection kept, in percent, while only
 * reads are served. V8's own factor (up to 4x for a heap it collects cheaply) let the server's heap
 * reach 90-105 MB over ~40 MB live, and the response buffers waiting for that collection another
 * 20 MB: npm run bench's read phases at half their request counts (bench/scratch/reads7/rss7.mjs,
 * load 9-12) peaked at 228 / 224 MB RSS (windows / filters) with V8's factor, 173-174 / 176-180 MB
 * with 40%, for the same CPU (server 42.3 s against 37.5-38.7 s).
 */
export const READS_HEAP_GROWTH_PERCENT = 40;

/** V8's flag value for "choose the factor yourself". */
const V8_OWN_GROWTH = 0;

/**
 * The heap growth factor is one flag for every heap of the process, and the ingest thread's
 * (extraction allocates fast over its ~85 MB gazetteer) paid for 40% with 20-25% more CPU per batch
 * (300 articles, no reads: 7.4-8.4 s against 5.7-6.7 s) and no less memory. So the tight factor
 * holds only while no write request (anything but GET, HEAD, OPTIONS) is open; a batch whose client
 * went away runs its last articles under it.
 */
export function applyHeapGrowthPolicy(
  server: Server,
  setGrowth: (percent: number) => void = (percent) => setFlagsFromString(`--heap-growing-percent=${percent}`),
): void {
  let openWrites = 0;
  setGrowth(READS_HEAP_GROWTH_PERCENT);
  trackOpenRequests(
    server,
    (method) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS',
    () => {
      if (openWrites++ === 0) setGrowth(V8_OWN_GROWTH);
    },
    () => {
      if (--openWrites === 0) setGrowth(READS_HEAP_GROWTH_PERCENT);
    },
  );
}
