/**
 * The first index below `length` where `holds` is false, for a `holds` true up to some index and
 * false from it on (a binary search over anything sorted: offsets, spans, markers).
 */
export function firstFailing(length: number, holds: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
