package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
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

	// Common flags.
	configPath string
	dataDir    string
	jsonOut    bool

	cfg    config.Config
	log    *slog.Logger
	store  *store.Store
	engine *rag.Engine
	asker  rag.Asker
}

type command func(ctx context.Context, a *app, args []string) error

var commands = map[string]command{
	"demo":      cmdDemo,
	"ingest":    cmdIngest,
	"ask":       cmdAsk,
	"summarize": cmdSummarize,
	"list":      cmdList,
	"forget":    cmdForget,
	"extract":   cmdExtract,
	"chat":      cmdChat,
	"run":       cmdRun,
	"config":    cmdConfig,
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// flags returns a flag set with the common flags bound to a.
func (a *app) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.StringVar(&a.configPath, "config", "", "YAML config `file`")
	fs.StringVar(&a.dataDir, "data-dir", "", "library `directory` (default: per-user data dir)")
	fs.BoolVar(&a.jsonOut, "json", false, "machine-readable JSON output")
	return fs
}

// parse parses flags allowing them after positional arguments too
// (`ask "question" --json`), which is how people type.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
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
	dir, err := a.cfg.DataDirOrDefault()
	if err != nil {
		return err
	}
	emb, err := a.embedder(ctx)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, dir, store.Options{Embedder: store.EmbedderInfo{Name: emb.Name(), Dim: emb.Dim()}, Logger: a.log})
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
		MaxRedirects: redirects(fc.MaxRedirects),
		UserAgent:    fc.UserAgent,
		AllowPrivate: fc.AllowPrivateAddresses,
	})
	eng, err := rag.New(ctx, rag.Options{
		Store:        st,
		Embedder:     emb,
		Fetcher:      f,
		MaxFileBytes: int64(fc.MaxBytes),
		MaxQuotes:    a.cfg.Answer.MaxQuotes,
		MinScore:     a.cfg.Answer.MinScore,
		// The PDF engine's compiled code is kept with the library, a
		// private directory, so only the first PDF pays for compiling it.
		PDFCacheDir: filepath.Join(dir, "cache", "pdfium"),
		Logger:      a.log,
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

// redirects maps the config's "0 = follow none" to the fetcher's, for
// which 0 means its default and a negative value means none.
func redirects(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

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

// closeTimeout bounds how long a stopping command waits for ingests in
// flight; the engine's own ingest timeout bounds each of them anyway.
const closeTimeout = 30 * time.Second

// embedder is the built-in one unless an endpoint is configured.
func (a *app) embedder(ctx context.Context) (rag.Embedder, error) {
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
	e, err := embed.NewOpenAI(ctx, client, ec.Model, ec.Dimensions, ec.BatchSize)
	if err != nil {
		return nil, fmt.Errorf("embedding endpoint %s: %w", base, err)
	}
	return e, nil
}

// fail prints an error the way a user can act on and returns the exit code.
func (a *app) fail(err error) int {
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(a.stderr, "articlebot: %s\n", ue.msg)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
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
