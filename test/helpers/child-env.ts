/**
 * The environment for a process a test starts (the CLI, the server): this process's own, plus
 * `extra`, with tap's coverage recording switched off in the child.
 *
 * Why: tap records V8 coverage in every descendant process and merges the raw byte ranges of all
 * processes per file URL before mapping them back through one source map per URL. A child runs
 * src/*.ts through tsx (whitespace-minified, a few lines per file) while the test process runs the
 * same URLs through tap's own TypeScript loader (line for line), so their ranges point into
 * different texts: merged, the file's coverage is garbage or emptied (a file with no functions
 * left), depending on which coverage file c8 happens to read last. The code children run is
 * measured by the in-process tests instead.
 * (`_TAPJS_PROCESSINFO_COVERAGE_=0` is @tapjs/processinfo's documented switch.)
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, _TAPJS_PROCESSINFO_COVERAGE_: '0' };
}
