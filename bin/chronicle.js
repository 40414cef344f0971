#!/usr/bin/env node
// The `chronicle` command: the compiled CLI when the project has been built (npm run build),
// else the TypeScript source run through tsx, so `npx chronicle` works right after npm install.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/src/cli/index.js', import.meta.url));
let cli;
if (existsSync(compiled)) {
  cli = await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/index.ts', import.meta.url).href);
}
await cli.main(process.argv);
