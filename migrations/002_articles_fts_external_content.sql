-- Article search reads title and body from the articles table itself (external content) instead
-- of keeping a second copy of every body; rowid = articles.seq as before.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, body, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
