#!/usr/bin/env node
// The `chronicle` command: the compiled CLI when the project has been built (npm run build),
// else the TypeScript source run through tsx, so `npx chronicle` works right after npm install.
// A build older than the source it came from (edited since the last build) is not used.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/src/cli/index.js', import.meta.url));
const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

function newestSourceChange() {
  if (!existsSync(sourceDir)) return 0;
  let newest = 0;
  for (const file of readdirSync(sourceDir, { recursive: true })) {
    newest = Math.max(newest, statSync(sourceDir + file).mtimeMs);
  }
  return newest;
}

let cli;
if (existsSync(compiled) && statSync(compiled).mtimeMs >= newestSourceChange()) {
  cli = await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/index.ts', import.meta.url).href);
}
await cli.main(process.argv);
