import { asSingleWrite, sharedReadPressure } from '../ingest/read-pressure.js';

/**
 * A write request's write (PATCH and DELETE of an event, DELETE of an article) on the main
 * thread's connection, between the writer thread's slices, as a single article's is
 * (read-pressure.ts asSingleWrite): run at once, it waited for a slice's write lock in SQLite's
 * busy handler, which sleeps on the main thread, so the event loop stood still (up to a 1 s slice)
 * and every read waited with it.
 */
export const betweenWriterSlices = <T>(write: () => T): Promise<T> => asSingleWrite(sharedReadPressure(), write);
