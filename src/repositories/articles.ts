import type { SqliteDatabase } from '../db/sqlite.js';
import { newId } from './ids.js';
import { keyRange } from './key-range.js';
import { statementCache } from './statements.js';
import type { ArticleDetailRecord, ArticleFilter, ArticleRecord, NewArticle } from './types.js';

const ARTICLE_COLUMNS = `a.id, a.title, a.url, a.source, a.published_at AS publishedAt, a.ingested_at AS ingestedAt,
  a.reference_at AS referenceAt, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS eventCount`;

type ArticleRow = ArticleRecord & { referenceAt: string };

/**
 * SQL: the content hash in `column` is `value`, found by the key of its first 12 hex digits
 * (articles_content_key, migration 013) and then compared whole. The trigger that keeps a hash
 * unique (articles_content_unique) tests the same in the migration's own SQL.
 */
export function sameContentHash(column: string, value: string): string {
  return `substr(${column}, 1, 12) = substr(${value}, 1, 12) AND ${column} = ${value}`;
}

/** Listing order: newest publication first, id as tie-breaker. */
export interface ArticlePage {
  data: ArticleRecord[];
  /** Keyset position of the last row when more rows follow. */
  last?: { key: string; id: string };
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

/**
 * `deferSearch`: whether search rows are left to the end of the open transaction (true only inside
 * Repositories.transaction, which writes them before it commits).
 */
export function createArticleRepository(db: SqliteDatabase, { deferSearch = () => false }: { deferSearch?: () => boolean } = {}) {
  const prepare = statementCache(db);
  const insertArticle = db.prepare(`INSERT INTO articles
    (id, title, body, url, source, published_at, reference_at, ingested_at, content_hash)
    VALUES (@id, @title, @body, @url, @source, @publishedAt, @referenceAt, @ingestedAt, @contentHash)
    RETURNING seq`);
  const insertFts = db.prepare(`INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`);
  // The search rows of the articles whose seqs are in a JSON array, as they are stored then.
  const insertFtsOf = db.prepare(`INSERT INTO articles_fts (rowid, title, body)
    SELECT seq, title, body FROM articles WHERE seq IN (SELECT value FROM json_each(?))`);
  const seqOf = db.prepare(`SELECT seq FROM articles WHERE id = ?`).pluck();
  /**
   * Articles stored in the open transaction whose search rows are not written yet: a batch slice's
   * are written together before it commits (writePendingSearch), since every statement that writes
   * to an FTS5 table first flushes its pending terms to disk and merges segments.
   */
  const pendingSearch = new Set<number>();
  // External-content index: a row leaves it through the 'delete' command with its indexed values.
  const deleteFts = db.prepare(`INSERT INTO articles_fts (articles_fts, rowid, title, body)
    SELECT 'delete', seq, title, body FROM articles WHERE id = ?`);
  const deleteArticle = db.prepare(`DELETE FROM articles WHERE id = ?`);
  const byId = db.prepare(`SELECT ${ARTICLE_COLUMNS}, a.body FROM articles a WHERE a.id = ?`);
  const summaryById = db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`);
  const idByUrl = db.prepare(`SELECT id FROM articles WHERE url = ?`);
  const idByHash = db.prepare(`SELECT id FROM articles WHERE ${sameContentHash('content_hash', '@hash')}`);
  const countAll = db.prepare(`SELECT count(*) AS n FROM articles`);

  function strip(row: ArticleRow): ArticleRecord {
    const { referenceAt: _referenceAt, ...record } = row;
    return record;
  }

  return {
    insert(article: NewArticle): string {
      const id = newId('art');
      const { seq } = insertArticle.get({ ...article, id }) as { seq: number };
      if (deferSearch()) pendingSearch.add(seq);
      else insertFts.run(seq, article.title, article.body);
      return id;
    },

    /**
     * Writes the search rows insert() left to the end of the open transaction; the caller runs it
     * last in every transaction that may store articles (Repositories.transaction does). A seq a
     * rolled-back savepoint freed is indexed only if an article holds it by then.
     */
    writePendingSearch(): void {
      if (pendingSearch.size === 0) return;
      const seqs = JSON.stringify([...pendingSearch]);
      pendingSearch.clear();
      insertFtsOf.run(seqs);
    },

    /** Forgets the search rows pending when their transaction was rolled back. */
    dropPendingSearch(): void {
      pendingSearch.clear();
    },

    findById(id: string): ArticleDetailRecord | undefined {
      const row = byId.get(id) as (ArticleRow & { body: string }) | undefined;
      return row ? (strip(row) as ArticleDetailRecord) : undefined;
    },

    /**
     * findById without the body: what ingest answers for each article of a batch (reading the body,
     * kilobytes an article, only to drop it cost the writer thread a copy of every article it stored).
     */
    findSummary(id: string): ArticleRecord | undefined {
      const row = summaryById.get(id) as ArticleRow | undefined;
      return row ? strip(row) : undefined;
    },

    /** The id of an article stored with this url or this content hash (a duplicate), if any. */
    findDuplicate(url: string | null, contentHash: string): string | undefined {
      const byUrl = url === null ? undefined : (idByUrl.get(url) as { id: string } | undefined);
      const match = byUrl ?? (idByHash.get({ hash: contentHash }) as { id: string } | undefined);
      return match?.id;
    },

    /** Removes the article and (by cascade) its mentions; false when there was none. */
    delete(id: string): boolean {
      // An external-content index must be told only of rows it holds.
      const seq = pendingSearch.size > 0 ? (seqOf.get(id) as number | undefined) : undefined;
      if (seq === undefined || !pendingSearch.delete(seq)) deleteFts.run(id);
      return deleteArticle.run(id).changes > 0;
    },

    list(filter: ArticleFilter): ArticlePage {
      // Newest first from the cursor, or from `toInstant` when the cursor is after it (see keyRange).
      const { where, params } = keyRange(
        { start: 'a.reference_at', id: 'a.id' },
        { lower: filter.fromInstant, upper: filter.toInstant, after: filter.after, descending: true },
      );
      if (filter.fts !== undefined) {
        where.push('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
        params.push(filter.fts);
      }
      const sql = `SELECT ${ARTICLE_COLUMNS} FROM articles a
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.reference_at DESC, a.id DESC LIMIT ?`;
      // One row more than asked tells whether another page follows.
      const rows = prepare(sql).all(...params, filter.limit + 1) as ArticleRow[];
      const page = rows.slice(0, filter.limit);
      const lastRow = page[page.length - 1];
      return {
        data: page.map(strip),
        last: rows.length > filter.limit && lastRow ? { key: lastRow.referenceAt, id: lastRow.id } : undefined,
      };
    },

    count(): number {
      return (countAll.get() as { n: number }).n;
    },
  };
}
