package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// PutArticle stores an article in one transaction, replacing any article
// with the same scope and ID (and dropping its cached summaries, but not
// its threads and channels: it is the same article), then updates the
// index. Vectors are stored and indexed as their directions (see
// vectors.go): a search finds what it would find after a restart.
func (s *Store) PutArticle(ctx context.Context, a *Article) error {
	if err := s.putArticles(ctx, []*Article{a}); err != nil {
		return fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return nil
}

// putArticles stores articles in one transaction; PutArticle stores one,
// benchmarks fill a large store with it without a commit per article.
func (s *Store) putArticles(ctx context.Context, as []*Article) error {
	if s.stale() {
		return ErrEmbedderChanged
	}
	vecs := make([][]byte, len(as))
	terms := make([][][]string, len(as))
	for i, a := range as {
		if err := s.validate(a); err != nil {
			return err
		}
		vecs[i] = encodeChunkVectors(a.Chunks)
		terms[i] = sentenceTerms(a)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.tx(ctx, func(tx tx) error {
		for i, a := range as {
			if err := s.insertArticle(ctx, tx, a, terms[i], vecs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.dfs.clear()
	for i, a := range as {
		if err := s.index.putEncoded(a.Scope, a.ID, vecs[i]); err != nil {
			// Committed but not searchable until the next Open rebuilds it.
			s.log.Error("index article", "scope", a.Scope, "article", a.ID, "err", err)
		}
	}
	return nil
}

// insertArticle writes one article and its parts, replacing any old one;
// vecs is its chunks' vectors as encodeChunkVectors stores them.
// The article's row is upserted first: on PostgreSQL that locks it, so a
// second writer of the same article (another process ingesting the same
// link) waits here and then replaces the first one's parts whole.
func (s *Store) insertArticle(ctx context.Context, tx tx, a *Article, terms [][]string, vecs []byte) error {
	warnings, err := json.Marshal(a.Warnings)
	if err != nil {
		return fmt.Errorf("encode warnings: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles (scope, id, url, source_url, title, byline, site, language, published, text, word_count, warnings, added_by, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (scope, id) DO UPDATE SET url = excluded.url, source_url = excluded.source_url, title = excluded.title, byline = excluded.byline,
			site = excluded.site, language = excluded.language, published = excluded.published, text = excluded.text, word_count = excluded.word_count,
			warnings = excluded.warnings, added_by = excluded.added_by, added_at = excluded.added_at`,
		a.Scope, a.ID, a.URL, a.SourceURL, a.Title, a.Byline, a.Site, a.Language, unixNano(a.Published), a.Text, a.WordCount, string(warnings), a.AddedBy, unixNano(a.AddedAt)); err != nil {
		return fmt.Errorf("insert article: %w", err)
	}
	if err := deleteParts(ctx, tx, a.Scope, a.ID); err != nil {
		return err
	}
	if err := s.recordChange(ctx, tx, a.Scope, a.ID); err != nil {
		return err
	}
	if err := s.d.insertSentences(ctx, tx, a, terms); err != nil {
		return err
	}
	if s.failAfterSentences != nil {
		return s.failAfterSentences
	}
	chunk, err := tx.PrepareContext(ctx, "INSERT INTO chunks (scope, article_id, idx, start, end_, first_sentence, last_sentence) VALUES (?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer chunk.Close()
	for i, c := range a.Chunks {
		if _, err := chunk.ExecContext(ctx, a.Scope, a.ID, i, c.Start, c.End, c.FirstSentence, c.LastSentence); err != nil {
			return fmt.Errorf("insert chunk: %w", err)
		}
	}
	if len(a.Chunks) > 0 {
		if _, err := tx.ExecContext(ctx, "INSERT INTO article_vectors (scope, article_id, embedder, dim, data) VALUES (?, ?, ?, ?, ?)",
			a.Scope, a.ID, s.want.Name, s.want.Dim, vecs); err != nil {
			return fmt.Errorf("insert vectors: %w", err)
		}
	}
	if err := insertPages(ctx, tx, a); err != nil {
		return err
	}
	return insertQuotations(ctx, tx, a.Scope, a.ID, a.Quotations)
}

// insertQuotations writes an article's quotations, in order.
func insertQuotations(ctx context.Context, tx tx, scope Scope, id string, qs []Quotation) error {
	quote, err := tx.PrepareContext(ctx, "INSERT INTO quotations (scope, article_id, idx, start, end_, sentence, speaker, cue, indirect) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer quote.Close()
	for i, q := range qs {
		if _, err := quote.ExecContext(ctx, scope, id, i, q.Start, q.End, q.Sentence, q.Speaker, q.Cue, q.Indirect); err != nil {
			return fmt.Errorf("insert quotation: %w", err)
		}
	}
	return nil
}

func (s *Store) validate(a *Article) error {
	if a.Scope == "" || a.ID == "" {
		return errors.New("store: article needs a scope and an ID")
	}
	// PostgreSQL text cannot hold NUL or invalid UTF-8; refusing them on
	// both backends keeps them alike.
	for name, v := range map[string]string{"scope": string(a.Scope), "ID": a.ID, "URL": a.URL, "source URL": a.SourceURL, "title": a.Title,
		"byline": a.Byline, "site": a.Site, "language": a.Language, "text": a.Text, "added by": a.AddedBy} {
		if strings.ContainsRune(v, 0) || !utf8.ValidString(v) {
			return fmt.Errorf("store: article %s holds a NUL byte or invalid UTF-8", name)
		}
	}
	n := len(a.Text)
	for _, x := range a.Sentences {
		if x.Start < 0 || x.Start > x.End || x.End > n {
			return fmt.Errorf("store: sentence offsets %d:%d outside text of %d bytes", x.Start, x.End, n)
		}
	}
	for _, c := range a.Chunks {
		if c.Start < 0 || c.Start > c.End || c.End > n {
			return fmt.Errorf("store: chunk offsets %d:%d outside text of %d bytes", c.Start, c.End, n)
		}
		if len(c.Vector) != s.want.Dim {
			return fmt.Errorf("%w: %d, want %d", ErrDimension, len(c.Vector), s.want.Dim)
		}
		for _, x := range c.Vector {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return errors.New("store: chunk vector holds NaN or infinity")
			}
		}
	}
	if err := validQuotations(a.Quotations, n); err != nil {
		return err
	}
	return validPages(a)
}

// validQuotations checks that quotations lie in a text of n bytes.
func validQuotations(qs []Quotation, n int) error {
	for _, q := range qs {
		if q.Start < 0 || q.Start > q.End || q.End > n {
			return fmt.Errorf("store: quotation offsets %d:%d outside text of %d bytes", q.Start, q.End, n)
		}
	}
	return nil
}
