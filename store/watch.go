package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Several processes share a record: bot shards, the CLI, a purge. Each
// write of an article's vectors is recorded as a change in its own
// transaction; a process watching the record applies other processes'
// changes to the scopes it has loaded, within about a second:
//
//   - PostgreSQL: NOTIFY on the changes channel, delivered at commit, read
//     by LISTEN on a connection of its own;
//   - SQLite: a changes table, read when PRAGMA data_version (free: it
//     reads no page) says another connection committed, polled.
//
// A process starts watching on its first search, before it loads a scope:
// a process that never searches (list, forget) watches nothing.

// change is one write: an article replaced or deleted; with no article, a
// whole scope dropped; with no scope, every scope's vectors (a
// re-embedding).
type change struct {
	Origin  string `json:"o"` // the writing process, which has applied it already
	Scope   Scope  `json:"s"`
	Article string `json:"a"`
}

// changePoll is how often SQLite's change counter is read: well within the
// second another process's write may take to reach this one.
const changePoll = 250 * time.Millisecond

// changeLogKeep is how many changes SQLite's log keeps; a process further
// behind (suspended, say) reloads every scope instead.
const changeLogKeep = 10000

// watchRetry is how long a broken LISTEN connection waits to reconnect.
const watchRetry = time.Second

// newOrigin names this process's writes.
func newOrigin() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// recordChange records, in the write's transaction, that it changed a
// scope's vectors.
func (s *Store) recordChange(ctx context.Context, tx tx, scope Scope, article string) error {
	if err := s.d.recordChange(ctx, tx, change{Origin: s.origin, Scope: scope, Article: article}); err != nil {
		return fmt.Errorf("record change: %w", err)
	}
	return nil
}

// notifyAll tells other processes every scope changed.
func (s *Store) notifyAll(ctx context.Context) {
	err := s.tx(ctx, func(tx tx) error { return s.recordChange(ctx, tx, "", "") })
	if err != nil {
		s.log.Warn("store: other processes not told of the change", "err", err)
	}
}

// watch starts watching other processes' writes, once; it returns when the
// watch is in place, so a scope loaded afterwards misses no change. A
// failure to start is logged and retried in the background: searches go on
// meanwhile.
func (s *Store) watch(ctx context.Context) error {
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	if s.watchStop != nil {
		return nil
	}
	wctx, cancel := context.WithCancel(context.Background())
	w, err := s.d.watcher(ctx, s)
	if err != nil {
		cancel()
		if errors.Is(err, errNoChangeLog) {
			// A read-only library of an older schema: nothing to watch,
			// and no other process can write it without migrating it.
			s.watchStop = func() {}
			return nil
		}
		s.log.Warn("store: watching other processes' writes failed; retrying", "err", err)
		w = nil
	}
	done := make(chan struct{})
	s.watchStop = func() { cancel(); <-done }
	go func() {
		defer close(done)
		s.runWatch(wctx, w)
	}()
	return nil
}

// stopWatch stops the watch, if one runs, and waits for it.
func (s *Store) stopWatch() {
	s.watchMu.Lock()
	stop := s.watchStop
	s.watchStop = nil
	s.watchMu.Unlock()
	if stop != nil {
		stop()
	}
}

// errNoChangeLog: the record has no change log to watch.
var errNoChangeLog = errors.New("store: no change log")

// changeWatcher delivers other processes' changes.
type changeWatcher interface {
	// next returns the changes since the last call, waiting for some;
	// lost reports that changes may have been missed.
	next(ctx context.Context) (changes []change, lost bool, err error)
	close()
}

// runWatch applies changes until ctx ends, (re)connecting as needed.
func (s *Store) runWatch(ctx context.Context, w changeWatcher) {
	defer func() {
		if w != nil {
			w.close()
		}
	}()
	for ctx.Err() == nil {
		if w == nil {
			select {
			case <-ctx.Done():
				return
			case <-time.After(watchRetry):
			}
			var err error
			if w, err = s.d.watcher(ctx, s); err != nil {
				w = nil
				if ctx.Err() == nil {
					s.log.Warn("store: watching other processes' writes failed; retrying", "err", err)
				}
				continue
			}
			// Writes while not watching are unknown: read everything again.
			s.applyChanges(ctx, nil, true)
		}
		changes, lost, err := w.next(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Warn("store: watch of other processes' writes broken; reconnecting", "err", err)
				s.applyChanges(ctx, nil, true)
			}
			w.close()
			w = nil
			continue
		}
		s.applyChanges(ctx, changes, lost)
	}
}

// applyChanges brings the loaded scopes up to date with other processes'
// writes.
func (s *Store) applyChanges(ctx context.Context, changes []change, lost bool) {
	if lost {
		s.dfs.clear()
		s.index.reset()
		return
	}
	for _, c := range changes {
		if c.Origin == s.origin {
			continue
		}
		s.dfs.clear()
		switch {
		case c.Scope == "":
			s.index.reset()
		case c.Article == "":
			s.index.dropScope(c.Scope)
		case s.index.loaded(c.Scope):
			vecs, err := s.articleVectors(ctx, c.Scope, c.Article)
			if err != nil {
				s.log.Warn("store: reading another process's write failed; reloading the scope", "scope", c.Scope, "err", err)
				s.index.dropScope(c.Scope)
				continue
			}
			if len(vecs) == 0 {
				s.index.remove(c.Scope, c.Article)
			} else if err := s.index.put(c.Scope, c.Article, vecs); err != nil {
				s.log.Warn("store: indexing another process's write failed; reloading the scope", "scope", c.Scope, "err", err)
				s.index.dropScope(c.Scope)
			}
		}
	}
}

// articleVectors reads an article's vectors; none when the article is
// gone.
func (s *Store) articleVectors(ctx context.Context, scope Scope, id string) ([][]float32, error) {
	var emb string
	var dim int
	var data []byte
	err := s.db.QueryRowContext(ctx, "SELECT embedder, dim, data FROM article_vectors WHERE scope = ? AND article_id = ?", scope, id).Scan(&emb, &dim, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return s.decodeArticleVectors(emb, dim, data)
}

// decodeArticleVectors decodes an article's stored vectors, which must be
// the current embedder's.
func (s *Store) decodeArticleVectors(emb string, dim int, data []byte) ([][]float32, error) {
	if emb != s.want.Name || dim != s.want.Dim {
		return nil, errMixed
	}
	return decodeVectors(data, dim)
}

func encodeChange(c change) string {
	b, _ := json.Marshal(c) // strings only: cannot fail
	return string(b)
}

func decodeChange(payload string) (change, error) {
	var c change
	err := json.Unmarshal([]byte(payload), &c)
	return c, err
}
