package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/articlebot/articlebot/config"
	"github.com/articlebot/articlebot/rag"
	"github.com/articlebot/articlebot/rag/embed"
	"github.com/articlebot/articlebot/rag/fetch"
	"github.com/articlebot/articlebot/rag/oaiclient"
	"github.com/articlebot/articlebot/store"
)

// app carries what every command needs: its streams, the environment and,
// once opened, the configured parts.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	env            func(string) (string, bool)

	// daemon is set by long-running commands (run), which log at info.
	daemon bool

	// cmd is the command being run, for its usage line in errors.
	cmd *command
	// writable reports whether this user may write a path (canWrite; a
	// field so tests, which may run as root, can say no).
	writable func(path string) bool
	options

	cfg    config.Config
	log    *slog.Logger
	store  *store.Store
	engine *rag.Engine
	asker  rag.Asker
}

// commandList is every command, in the order help lists them.
var commandList = []command{
	{name: "demo", noArgs: true, run: cmdDemo},
	{name: "ingest", args: "<url|path>...", flags: []flagDef{flagServer}, run: cmdIngest},
	{name: "ask", args: `"question"`, flags: []flagDef{flagArticle, flagServer}, readsOnly: true, run: cmdAsk},
	{name: "summarize", args: "<url|path|ID>", flags: []flagDef{flagServer}, readsOnly: true, run: cmdSummarize},
	{name: "list", flags: []flagDef{flagLimit, flagOffset, flagServer}, noArgs: true, readsOnly: true, run: cmdList},
	{name: "forget", args: "<ID>", flags: []flagDef{flagServer}, run: cmdForget},
	{name: "digest", flags: []flagDef{flagDays, flagServer}, noArgs: true, readsOnly: true, run: cmdDigest},
	{name: "extract", args: "<url|path>", run: cmdExtract},
	{name: "chat", noArgs: true, run: cmdChat},
	{name: "run", noArgs: true, run: cmdRun},
	{name: "config check", flags: []flagDef{flagProbe}, noArgs: true, run: cmdConfigCheck},
	{name: "config example", noArgs: true, run: cmdConfigExample},
	{name: "migrate", flags: []flagDef{flagTo}, noArgs: true, run: cmdMigrate},
}

// loadConfig reads the config file and environment.
func (a *app) loadConfig() error {
	cfg, err := config.Load(a.configPath, a.env)
	if err != nil {
		return err
	}
	if a.dataDir != "" {
		cfg.DataDir = a.dataDir
	}
	a.cfg = cfg
	level := cfg.Log.Level
	if !a.daemon && level == config.Default().Log.Level {
		// A command's output is its answer; routine progress logs would
		// only bury it. Warnings and errors still show.
		level = "warn"
	}
	a.log = newLogger(a.stderr, level, cfg.Log.Format)
	return nil
}

func newLogger(w io.Writer, level, format string) *slog.Logger {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		lv = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: lv}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// open loads the config and builds the store and engines.
func (a *app) open(ctx context.Context) error {
	if err := a.loadConfig(); err != nil {
		return err
	}
	dir, err := a.cfg.DataDirOrDefault(a.env)
	if err != nil {
		return err
	}
	emb, err := a.embedder(ctx, dir)
	if err != nil {
		return err
	}
	readOnly, err := a.readOnly(dir)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, dir, store.Options{Embedder: store.EmbedderInfo{Name: emb.Name(), Dim: emb.Dim()}, DSN: a.cfg.Store.DSN.Reveal(), Logger: a.log, ReadOnly: readOnly,
		MaxIndexMemory: int64(a.cfg.Index.MaxMemory)})
	if err != nil {
		return fmt.Errorf("open library in %s: %w", dir, err)
	}
	a.store = st
	fc := a.cfg.Fetch
	if fc.AllowPrivateAddresses {
		a.log.Warn("fetch.allow_private_addresses is ON: links may reach this machine and its private network; use only for tests")
	}
	f := fetch.New(fetch.Options{
		Timeout:      fc.Timeout.Duration(),
		MaxBytes:     int64(fc.MaxBytes),
		MaxRedirects: fc.MaxRedirects,
		UserAgent:    fc.UserAgent,
		AllowPrivate: fc.AllowPrivateAddresses,
	})
	eng, err := rag.New(ctx, rag.Options{
		Store:           st,
		Embedder:        emb,
		Fetcher:         f,
		MaxFileBytes:    int64(fc.MaxBytes),
		MaxQuotes:       a.cfg.Answer.MaxQuotes,
		MinScore:        a.cfg.Answer.MinScore,
		Logger:          a.log,
		ReembedProgress: a.reembedProgress(),
		RequoteProgress: a.requoteProgress(),
		// The bot comes online at once after an upgrade and finds who
		// said what again as it serves; a command, which answers once,
		// waits for it.
		RequoteInBackground: a.daemon,
		PDFCacheDir:         a.pdfCacheDir(dir),
	})
	if err != nil {
		st.Close()
		return err
	}
	a.engine = eng
	a.asker, err = a.answerEngine(ctx, eng)
	if a.cfg.LLMEnabled() {
		a.log.Info("answers use the LLM endpoint", "base_url", a.cfg.LLM.BaseURL, "model", a.cfg.LLM.ChatModel)
	}
	if err != nil {
		st.Close()
		return err
	}
	return nil
}

// readOnly says whether to open the library in dir read-only: when it
// exists and this user cannot write it, commands that only read it
// (list, ask, summarize) still work; the others are refused here with the
// reason, rather than by SQLite halfway through.
func (a *app) readOnly(dir string) (bool, error) {
	if a.cfg.Store.DSN.Reveal() != "" {
		return false, nil // PostgreSQL: its own permissions decide
	}
	db := store.DBPath(dir)
	if _, err := os.Stat(db); err != nil {
		return false, nil // nothing to protect: opening creates it, or says why not
	}
	writable := a.writable
	if writable == nil {
		writable = canWrite
	}
	if writable(dir) && writable(db) {
		return false, nil
	}
	if a.cmd == nil || !a.cmd.readsOnly {
		return false, &readOnlyLibraryError{dir: dir}
	}
	a.log.Info("the library is not writable by this user: opened read-only", "dir", dir)
	return true, nil
}

// readOnlyLibraryError is a library this user may read but not change.
type readOnlyLibraryError struct{ dir string }

func (e *readOnlyLibraryError) Error() string {
	return fmt.Sprintf("the library in %s is read-only to you: list, ask and summarize work, but adding or forgetting articles needs write access", e.dir)
}

func (e *readOnlyLibraryError) Unwrap() error { return store.ErrReadOnly }

func (a *app) close() {
	if a.engine != nil {
		// Ingests run detached from the command's context; let them commit
		// (or fail) before the store goes away.
		ctx, cancel := context.WithTimeout(context.Background(), closeTimeout)
		defer cancel()
		if err := a.engine.Close(ctx); err != nil {
			a.log.Warn("closing with work in flight", "err", err)
		}
	}
	if a.store != nil {
		if err := a.store.Close(); err != nil {
			a.log.Error("close library", "err", err)
		}
	}
}

// pdfCacheDir is where the PDF engine's compiled code is kept, so that only
// the first PDF this user ever reads pays for compiling PDFium: the user's
// cache directory (private to the user, shared by all their libraries),
// else the library's own directory.
func (a *app) pdfCacheDir(dataDir string) string {
	if d, ok := a.env("XDG_CACHE_HOME"); ok && filepath.IsAbs(d) {
		return filepath.Join(d, "articlebot", "pdfium")
	}
	if h, ok := a.env("HOME"); ok && filepath.IsAbs(h) {
		return filepath.Join(h, ".cache", "articlebot", "pdfium")
	}
	return filepath.Join(dataDir, "cache", "pdfium")
}

// closeTimeout bounds how long a stopping command waits for ingests in
// flight; the engine's own ingest timeout bounds each of them anyway.
const closeTimeout = 30 * time.Second

// embedder is the built-in one unless an endpoint is configured. An
// endpoint is probed for its vector dimension only when the library in dir
// has no record of this model's: commands that never embed (list, forget,
// summarize) must not wait on an embeddings endpoint that hangs.
func (a *app) embedder(ctx context.Context, dir string) (rag.Embedder, error) {
	ec := a.cfg.Embedding
	if ec.Provider != "openai" {
		return embed.Hash{}, nil
	}
	base := ec.BaseURL
	if base == "" {
		base = a.cfg.LLM.BaseURL
	}
	key := ec.APIKey.Reveal()
	if key == "" {
		key = a.cfg.LLM.APIKey.Reveal()
	}
	client := oaiclient.New(oaiclient.Options{
		BaseURL: base, APIKey: key, APIType: a.cfg.LLM.APIType, APIVersion: a.cfg.LLM.APIVersion,
		Timeout: a.cfg.LLM.RequestTimeout.Duration(), MaxRetries: a.cfg.LLM.MaxRetries, Logger: a.log,
	})
	lazy := embed.NewOpenAIKnown(client, ec.Model, ec.Dimensions, ec.BatchSize, 0)
	if info, ok, _ := store.StoredEmbedder(ctx, dir); ok && info.Name == lazy.Name() {
		return embed.NewOpenAIKnown(client, ec.Model, ec.Dimensions, ec.BatchSize, info.Dim), nil
	}
	e, err := embed.NewOpenAI(ctx, client, ec.Model, ec.Dimensions, ec.BatchSize)
	if err != nil {
		return nil, fmt.Errorf("embedding endpoint %s: %w", base, err)
	}
	return e, nil
}

// reembedProgress shows re-embedding progress on stderr for commands, whose
// logs stay at warn; the bot logs it at info instead.
func (a *app) reembedProgress() func(done, total int) {
	if a.daemon {
		return nil
	}
	return func(done, total int) {
		fmt.Fprintf(a.stderr, "re-embedding the library for the new embedder: %d of %d chunks\n", done, total)
	}
}

// requoteProgress shows on stderr, for commands, the progress of finding
// who said what again in a library an older articlebot filled.
func (a *app) requoteProgress() func(done, total int) {
	if a.daemon {
		return nil
	}
	return func(done, total int) {
		fmt.Fprintf(a.stderr, "finding who said what with this version's rules: %d of %d articles\n", done, total)
	}
}

// fail prints an error the way a user can act on and returns the exit code.
func (a *app) fail(err error) int {
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(a.stderr, "articlebot: %s\n", ue.msg)
		if ue.usage == "" && a.cmd != nil {
			ue.usage = a.cmd.usageLine()
		}
		if ue.usage != "" {
			fmt.Fprintln(a.stderr, ue.usage)
		}
		return 2
	}
	fmt.Fprintf(a.stderr, "articlebot: %s\n", userMessage(err))
	if a.log != nil {
		a.log.Debug("command failed", "err", err)
	}
	return 1
}

// userMessage words an error as one short line a user can act on. The
// engine classifies (rag.Classify); this only says it the CLI's way.
// Configuration errors name every invalid field.
func userMessage(err error) string {
	var vErr *config.ValidationError
	if errors.As(err, &vErr) {
		return "invalid configuration:\n" + vErr.Error()
	}
	var roErr *readOnlyLibraryError
	if errors.As(err, &roErr) {
		return roErr.Error()
	}
	if errors.Is(err, store.ErrReadOnly) {
		return "the library is read-only to you: adding or forgetting articles needs write access to it"
	}
	return kindMessage(rag.Classify(err), err)
}

// kindMessage is the CLI's sentence for each kind of problem. err is shown
// only where its own text is the clearest thing to say (an unclassified
// error, whose detail a CLI user can use).
func kindMessage(p rag.Problem, err error) string {
	switch p.Kind {
	case rag.KindNotWebLink:
		return "only web links (http:// or https://) can be read there"
	case rag.KindBadLink:
		if p.Detail != "" {
			return "that link can't be used: " + p.Detail
		}
		return "that is not a usable link"
	case rag.KindBlocked:
		return "that link points to a private or local address, which is not allowed"
	case rag.KindTooLarge:
		if p.Limit > 0 {
			return fmt.Sprintf("that page is larger than the %s limit", p.LimitText())
		}
		return "that page is too large"
	case rag.KindNotArticle:
		if p.Detail != "" {
			return fmt.Sprintf("that is not an article (content type %s)", p.Detail)
		}
		return "that is not an article"
	case rag.KindNoArticle:
		return "no article found on that page (is it a login page, or rendered by scripts?)"
	case rag.KindTooManyRedirects:
		return "that link redirects too many times (a redirect loop?)"
	case rag.KindTimeout:
		return "that took too long (the site or the AI endpoint is slow); try again later"
	case rag.KindSiteStatus:
		return fmt.Sprintf("the site answered %d %s", p.Status, http.StatusText(p.Status))
	case rag.KindNoSuchHost:
		return "no such site: check the link's address"
	case rag.KindInsecure:
		return "the site's secure connection failed (bad or untrusted certificate)"
	case rag.KindUnreachable:
		return "the site could not be reached, or sent an answer that can't be read"
	case rag.KindNoSuchFile:
		return fmt.Sprintf("no such file: %s", p.Detail)
	case rag.KindNotRegularFile:
		return fmt.Sprintf("%s is not a regular file (a directory, pipe or device)", p.Detail)
	case rag.KindFileAccess:
		return fmt.Sprintf("%s can't be read: permission denied", p.Detail)
	case rag.KindNotFound:
		return "no such article in the library (see `articlebot list`)"
	case rag.KindAmbiguous:
		return "more than one article matches; give its ID (see `articlebot list`)"
	case rag.KindWhichArticle:
		return "which article? Name it with --article ID (see `articlebot list`)"
	case rag.KindEmptyQuestion:
		return "ask a question with some words in it"
	case rag.KindQuestionTooLong:
		return fmt.Sprintf("that question is longer than %d characters; ask it in fewer words", p.Limit)
	case rag.KindBudget:
		return "today's AI token budget (llm.daily_token_budget) is used up; it resets at midnight UTC"
	case rag.KindQuota:
		return "the AI provider account has no quota left; check its billing"
	case rag.KindModelUnavailable:
		return "the AI endpoint did not answer properly; check llm/embedding settings (articlebot config check --probe)"
	case rag.KindEmbedderMismatch:
		return "the library was embedded with another embedder; start with the old embedding settings or let it re-embed"
	case rag.KindUnverifiedQuote:
		return "internal error: a quote failed verification and was not shown"
	case rag.KindPDFEncrypted:
		return "that PDF is encrypted (it needs a password)"
	case rag.KindPDFNoText:
		return "that PDF has no text layer (a scan?); run it through OCR first"
	case rag.KindPDFDamaged:
		return "that PDF is damaged or not a PDF"
	case rag.KindPDFTooManyPages:
		if p.Limit > 0 {
			return fmt.Sprintf("that PDF has more than %d pages", p.Limit)
		}
		return "that PDF has too many pages"
	case rag.KindPDFTooComplex:
		return "that PDF is too complex to read within the time and memory limits (a PDF bomb?)"
	case rag.KindCanceled:
		return "stopped"
	}
	return strings.TrimSpace(err.Error())
}
