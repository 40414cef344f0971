import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleSubmission } from '../ingest/ingest.js';
import { ArticleInputSchema } from '../schemas/articles.js';

/** File kinds `chronicle ingest` reads; anything else in a directory is skipped. */
const JSON_EXTENSIONS = new Set(['.json']);
const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);
const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
export const INGESTIBLE_EXTENSIONS = new Set([...JSON_EXTENSIONS, ...NDJSON_EXTENSIONS, ...TEXT_EXTENSIONS]);

export const STDIN = '-';

/** One article read from a file, or why it could not be read; `label` names it in messages. */
export type ParsedItem = { label: string; submission: ArticleSubmission } | { label: string; error: string };

/**
 * The files to read for the command-line arguments: files as given (any extension), directories
 * walked recursively for the ingestible kinds, in a stable (sorted) order; `-` is standard input.
 */
export async function collectFiles(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && INGESTIBLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
    }
  }
  for (const input of inputs) {
    if (input === STDIN) {
      files.push(STDIN);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files, missing };
}

const ARTICLE_FIELDS = Object.keys(ArticleInputSchema.shape) as Array<keyof typeof ArticleInputSchema.shape>;

/**
 * Validates one article as the API does, except that other fields are ignored: files exported
 * from other tools (or Chronicle's own corpus files) carry ids and annotations besides the article.
 */
function validate(label: string, value: unknown, publishedAt: string | undefined): ParsedItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { label, error: 'expected an article object with title and body' };
  }
  const record = value as Record<string, unknown>;
  const article = Object.fromEntries(ARTICLE_FIELDS.filter((field) => field in record).map((field) => [field, record[field]]));
  if (publishedAt && article.publishedAt == null) article.publishedAt = publishedAt;
  const parsed = ArticleInputSchema.safeParse(article);
  if (parsed.success) return { label, submission: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  return { label, error: problems.join('; ') };
}

function parseJson(name: string, text: string, publishedAt: string | undefined): ParsedItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ label: name, error: `not valid JSON: ${(error as Error).message}` }];
  }
  if (Array.isArray(value)) return value.map((item, index) => validate(`${name}[${index}]`, item, publishedAt));
  return [validate(name, value, publishedAt)];
}

function parseNdjson(name: string, text: string, publishedAt: string | undefined): ParsedItem[] {
  return text.split(/\r?\n/).flatMap((line, index): ParsedItem[] => {
    if (line.trim() === '') return [];
    const label = `${name}:${index + 1}`;
    try {
      return [validate(label, JSON.parse(line), publishedAt)];
    } catch (error) {
      return [{ label, error: `not valid JSON: ${(error as Error).message}` }];
    }
  });
}

/** A text or Markdown article: the first non-empty line is the title (a Markdown heading's # dropped). */
function parseText(name: string, text: string, publishedAt: string | undefined): ParsedItem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex === -1) return [{ label: name, error: 'the file is empty' }];
  const title = lines[titleIndex].replace(/^\s*#+\s*/, '').trim();
  const body = lines.slice(titleIndex + 1).join('\n').trim();
  return [validate(name, { title, body, ...(publishedAt ? { publishedAt } : {}) }, undefined)];
}

/**
 * The articles in one file, each validated exactly as POST /v1/articles validates a body.
 * `publishedAt` dates the articles that carry no date. Standard input is read as JSON when it
 * parses as JSON, else as NDJSON when every line does, else as a text article.
 */
export function parseArticles(name: string, text: string, publishedAt?: string): ParsedItem[] {
  const extension = extname(name).toLowerCase();
  if (JSON_EXTENSIONS.has(extension)) return parseJson(name, text, publishedAt);
  if (NDJSON_EXTENSIONS.has(extension)) return parseNdjson(name, text, publishedAt);
  if (TEXT_EXTENSIONS.has(extension)) return parseText(name, text, publishedAt);
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = parseJson(name, text, publishedAt);
    if (!(json.length === 1 && 'error' in json[0] && json[0].error.startsWith('not valid JSON'))) return json;
    return parseNdjson(name, text, publishedAt);
  }
  return parseText(name, text, publishedAt);
}

/** Reads a file (or standard input for `-`) as UTF-8. */
export async function readSource(file: string): Promise<string> {
  if (file !== STDIN) return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
