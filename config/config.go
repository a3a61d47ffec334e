package config

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the whole configuration. The zero value is not useful: start
// from [Default] or [Load].
type Config struct {
	// DataDir is where the library lives; "" means [DefaultDataDir].
	DataDir   string    `yaml:"data_dir"`
	Store     Store     `yaml:"store"`
	Index     Index     `yaml:"index"`
	Log       Log       `yaml:"log"`
	Fetch     Fetch     `yaml:"fetch"`
	Embedding Embedding `yaml:"embedding"`
	LLM       LLM       `yaml:"llm"`
	Discord   Discord   `yaml:"discord"`
	Limits    Limits    `yaml:"limits"`
	HTTP      HTTP      `yaml:"http"`
	Answer    Answer    `yaml:"answer"`
}

// Store chooses where the library's record is kept.
type Store struct {
	// DSN is "" for SQLite in DataDir (one machine; the default), or a
	// postgres:// URL of a PostgreSQL database several processes share.
	DSN DSN `yaml:"dsn"`
}

// Index configures the in-memory vector index.
type Index struct {
	// MaxMemory bounds the vectors a process holds in memory: servers are
	// loaded on their first question and those idle longest are dropped
	// (and read again when asked) past it, so memory follows the servers
	// in use, not all the servers in the record.
	MaxMemory ByteSize `yaml:"max_memory"`
}

// DefaultIndexMaxMemory suits a small VPS (1 GiB): about 400,000 chunks of
// the built-in embedder's 256 dimensions.
const DefaultIndexMaxMemory = 512 << 20

// MinIndexMaxMemory: below it the index would reload servers on almost
// every question.
const MinIndexMaxMemory = 16 << 20

// Log configures logging.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// Fetch configures page downloads.
type Fetch struct {
	Timeout      Duration `yaml:"timeout"`
	MaxBytes     ByteSize `yaml:"max_bytes"`
	MaxRedirects int      `yaml:"max_redirects"`
	UserAgent    string   `yaml:"user_agent"`
	// AllowPrivateAddresses lets links reach loopback and private networks:
	// for tests only, and logged loudly.
	AllowPrivateAddresses bool `yaml:"allow_private_addresses"`
}

// Embedding chooses the embedder.
type Embedding struct {
	Provider   string `yaml:"provider"` // builtin or openai
	BaseURL    string `yaml:"base_url"` // default: llm.base_url
	Model      string `yaml:"model"`
	APIKey     Secret `yaml:"api_key"` // default: llm.api_key
	APIKeyFile string `yaml:"api_key_file"`
	BatchSize  int    `yaml:"batch_size"`
	Dimensions int    `yaml:"dimensions"` // 0 = the model's default
}

// LLM configures the OpenAI-compatible chat endpoint; no BaseURL means the
// extractive engine.
type LLM struct {
	BaseURL          string   `yaml:"base_url"`
	APIKey           Secret   `yaml:"api_key"`
	APIKeyFile       string   `yaml:"api_key_file"`
	APIType          string   `yaml:"api_type"` // openai or azure
	APIVersion       string   `yaml:"api_version"`
	ChatModel        string   `yaml:"chat_model"`
	Temperature      float64  `yaml:"temperature"`
	MaxOutputTokens  int      `yaml:"max_output_tokens"`
	ContextTokens    int      `yaml:"context_tokens"`
	RequestTimeout   Duration `yaml:"request_timeout"`
	MaxConcurrent    int      `yaml:"max_concurrent"`
	MaxRetries       int      `yaml:"max_retries"`
	DailyTokenBudget int      `yaml:"daily_token_budget"` // per scope; 0 = unlimited
}

// Discord configures the bot.
type Discord struct {
	Token      Secret `yaml:"token"`
	TokenFile  string `yaml:"token_file"`
	GuildID    string `yaml:"guild_id"`     // register commands in one guild only (fast iteration)
	APIBaseURL string `yaml:"api_base_url"` // a Discord-compatible server or test fake
	// PurgeGrace is how long a server's data is kept after the bot leaves it.
	PurgeGrace Duration `yaml:"purge_grace"`
	Autoingest bool     `yaml:"autoingest"`
	// MessageContent requests the privileged Message Content intent; without
	// it links are read only when the bot is mentioned, in DMs and through
	// the message command.
	MessageContent    bool `yaml:"message_content"`
	ThreadAutoArchive int  `yaml:"thread_auto_archive"` // minutes: 60, 1440, 4320 or 10080
	// ShardCount is how many gateway shards the bot has in all, across
	// every process; 0 = Discord's recommendation (GET /gateway/bot).
	ShardCount int `yaml:"shard_count"`
	// Shards are the shard IDs this process runs; empty = all of them.
	Shards ShardSet `yaml:"shards"`
}

// Limits are rate limits and worker bounds.
type Limits struct {
	UserAsksPerMinute      int `yaml:"user_asks_per_minute"`
	ServerAsksPerMinute    int `yaml:"server_asks_per_minute"`
	UserIngestsPerMinute   int `yaml:"user_ingests_per_minute"`
	ServerIngestsPerMinute int `yaml:"server_ingests_per_minute"`
	IngestWorkers          int `yaml:"ingest_workers"`
	IngestQueue            int `yaml:"ingest_queue"`
}

// HTTP is the local operations endpoint (/healthz, /metrics).
type HTTP struct {
	Listen string `yaml:"listen"` // "" disables
}

// Answer tunes answers.
type Answer struct {
	MaxQuotes int     `yaml:"max_quotes"`
	MinScore  float64 `yaml:"min_score"` // 0 = the engine's default
}

// Default returns the defaults: everything works offline with them.
func Default() Config {
	return Config{
		Log:   Log{Level: "info", Format: "text"},
		Index: Index{MaxMemory: DefaultIndexMaxMemory},
		Fetch: Fetch{
			Timeout: Duration(20 * time.Second), MaxBytes: 10 << 20, MaxRedirects: 5,
			UserAgent: "articlebot/1.0 (+https://github.com/articlebot/articlebot)",
		},
		Embedding: Embedding{Provider: "builtin", BatchSize: 64},
		LLM: LLM{
			APIType: "openai", Temperature: 0.2, MaxOutputTokens: 800, ContextTokens: 8192,
			RequestTimeout: Duration(60 * time.Second), MaxConcurrent: 4, MaxRetries: 3, DailyTokenBudget: 200000,
		},
		Discord: Discord{PurgeGrace: Duration(30 * 24 * time.Hour), Autoingest: true, MessageContent: true, ThreadAutoArchive: 1440},
		Limits: Limits{
			UserAsksPerMinute: 6, ServerAsksPerMinute: 60, UserIngestsPerMinute: 4, ServerIngestsPerMinute: 20,
			IngestWorkers: 4, IngestQueue: 100,
		},
		HTTP:   HTTP{Listen: "127.0.0.1:9464"},
		Answer: Answer{MaxQuotes: 3},
	}
}

// MaxFetchBytes caps fetch.max_bytes. A page's body is held two or three
// times over while it is decoded and parsed (extraction's own memory is
// bounded by its node and paragraph caps, not by bytes), and no article
// page comes near it: past it a link is refused as too large at once,
// instead of after a long download.
const MaxFetchBytes = 64 << 20

// LLMEnabled reports whether an LLM endpoint is configured.
func (c Config) LLMEnabled() bool { return c.LLM.BaseURL != "" }

// DefaultDataDir is the per-user data directory, found through env alone
// (os.LookupEnv in production) so tests and embedders decide what it sees:
// $XDG_DATA_HOME/articlebot, else $HOME/.local/share/articlebot; on macOS
// $HOME/Library/Application Support/articlebot and on Windows
// %AppData%\articlebot, as os.UserConfigDir would say.
func DefaultDataDir(env func(string) (string, bool)) (string, error) {
	return defaultDataDir(runtime.GOOS, env)
}

func defaultDataDir(goos string, env func(string) (string, bool)) (string, error) {
	get := func(k string) string { v, _ := env(k); return v }
	if d := get("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "articlebot"), nil
	}
	switch goos {
	case "windows":
		if d := get("AppData"); d != "" {
			return filepath.Join(d, "articlebot"), nil
		}
		return "", errors.New("find a data directory: %AppData% is not set (set data_dir or --data-dir)")
	case "darwin", "ios":
		if h := get("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support", "articlebot"), nil
		}
	default:
		if h := get("HOME"); h != "" {
			return filepath.Join(h, ".local", "share", "articlebot"), nil
		}
	}
	return "", errors.New("find a data directory: $HOME is not set (set data_dir or --data-dir)")
}

// DataDirOrDefault returns DataDir, or the per-user default found through
// env (the environment Load was given).
func (c Config) DataDirOrDefault(env func(string) (string, bool)) (string, error) {
	if c.DataDir != "" {
		return c.DataDir, nil
	}
	return DefaultDataDir(env)
}

// FieldError is one invalid field.
type FieldError struct {
	Field string // YAML path, e.g. "llm.base_url"
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

// ValidationError lists every invalid field.
type ValidationError struct{ Fields []FieldError }

func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		lines[i] = "  " + f.Error()
	}
	return strings.Join(lines, "\n")
}

func (e *ValidationError) add(field, format string, args ...any) {
	e.Fields = append(e.Fields, FieldError{Field: field, Msg: fmt.Sprintf(format, args...)})
}

var snowflake = regexp.MustCompile(`^[0-9]{5,20}$`)

// Validate checks every field and their combinations, naming each problem.
func (c Config) Validate() error {
	v := &ValidationError{}
	oneOf := func(field, val string, allowed ...string) {
		for _, a := range allowed {
			if val == a {
				return
			}
		}
		v.add(field, "must be one of %s, not %q", strings.Join(allowed, ", "), val)
	}
	between := func(field string, val, lo, hi int) {
		if val < lo || val > hi {
			v.add(field, "must be between %d and %d, not %d", lo, hi, val)
		}
	}
	absURL := func(field, val string) {
		if val == "" {
			return
		}
		u, err := url.Parse(val)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			v.add(field, "must be an absolute http(s) URL, not %q", val)
		}
	}
	if err := c.Store.DSN.validate(); err != nil {
		v.add("store.dsn", "%v", err)
	}
	if c.Index.MaxMemory < MinIndexMaxMemory {
		v.add("index.max_memory", "must be at least %s, not %s", ByteSize(MinIndexMaxMemory), c.Index.MaxMemory)
	}
	oneOf("log.level", c.Log.Level, "debug", "info", "warn", "error")
	oneOf("log.format", c.Log.Format, "text", "json")
	if c.Fetch.Timeout <= 0 {
		v.add("fetch.timeout", "must be positive")
	}
	if c.Fetch.MaxBytes < 1<<10 || c.Fetch.MaxBytes > MaxFetchBytes {
		v.add("fetch.max_bytes", "must be between 1KiB and %s, not %s", ByteSize(MaxFetchBytes), c.Fetch.MaxBytes)
	}
	between("fetch.max_redirects", c.Fetch.MaxRedirects, 0, 20)
	if strings.TrimSpace(c.Fetch.UserAgent) == "" {
		v.add("fetch.user_agent", "must not be empty")
	}
	oneOf("embedding.provider", c.Embedding.Provider, "builtin", "openai")
	absURL("embedding.base_url", c.Embedding.BaseURL)
	if c.Embedding.Provider == "openai" {
		if c.Embedding.Model == "" {
			v.add("embedding.model", "is required when embedding.provider is openai (e.g. text-embedding-3-small, nomic-embed-text)")
		}
		if c.Embedding.BaseURL == "" && c.LLM.BaseURL == "" {
			v.add("embedding.base_url", "is required when embedding.provider is openai and llm.base_url is not set")
		}
	}
	between("embedding.batch_size", c.Embedding.BatchSize, 1, 2048)
	between("embedding.dimensions", c.Embedding.Dimensions, 0, 65536)
	absURL("llm.base_url", c.LLM.BaseURL)
	if c.LLM.BaseURL != "" && c.LLM.ChatModel == "" {
		v.add("llm.chat_model", "is required when llm.base_url is set")
	}
	oneOf("llm.api_type", c.LLM.APIType, "openai", "azure")
	if c.LLM.Temperature < 0 || c.LLM.Temperature > 2 {
		v.add("llm.temperature", "must be between 0 and 2, not %g", c.LLM.Temperature)
	}
	between("llm.max_output_tokens", c.LLM.MaxOutputTokens, 1, 32768)
	between("llm.context_tokens", c.LLM.ContextTokens, 1024, 1_000_000)
	if c.LLM.RequestTimeout <= 0 {
		v.add("llm.request_timeout", "must be positive")
	}
	between("llm.max_concurrent", c.LLM.MaxConcurrent, 1, 64)
	between("llm.max_retries", c.LLM.MaxRetries, 0, 10)
	if c.LLM.DailyTokenBudget < 0 {
		v.add("llm.daily_token_budget", "must be 0 (unlimited) or positive")
	}
	if c.Discord.GuildID != "" && !snowflake.MatchString(c.Discord.GuildID) {
		v.add("discord.guild_id", "must be a Discord ID (digits), not %q", c.Discord.GuildID)
	}
	absURL("discord.api_base_url", c.Discord.APIBaseURL)
	if c.Discord.PurgeGrace < 0 {
		v.add("discord.purge_grace", "must be 0 (purge at once) or positive")
	}
	switch c.Discord.ThreadAutoArchive {
	case 60, 1440, 4320, 10080:
	default:
		v.add("discord.thread_auto_archive", "must be 60, 1440, 4320 or 10080 minutes, not %d", c.Discord.ThreadAutoArchive)
	}
	c.validateShards(v)
	for field, n := range map[string]int{
		"limits.user_asks_per_minute": c.Limits.UserAsksPerMinute, "limits.server_asks_per_minute": c.Limits.ServerAsksPerMinute,
		"limits.user_ingests_per_minute": c.Limits.UserIngestsPerMinute, "limits.server_ingests_per_minute": c.Limits.ServerIngestsPerMinute,
	} {
		between(field, n, 1, 10000)
	}
	if c.Limits.ServerAsksPerMinute < c.Limits.UserAsksPerMinute {
		v.add("limits.server_asks_per_minute", "must be at least limits.user_asks_per_minute (%d)", c.Limits.UserAsksPerMinute)
	}
	between("limits.ingest_workers", c.Limits.IngestWorkers, 1, 64)
	between("limits.ingest_queue", c.Limits.IngestQueue, 1, 100000)
	if c.HTTP.Listen != "" {
		if _, _, err := net.SplitHostPort(c.HTTP.Listen); err != nil {
			v.add("http.listen", "must be host:port (or empty to disable), not %q", c.HTTP.Listen)
		}
	}
	between("answer.max_quotes", c.Answer.MaxQuotes, 1, 10)
	if c.Answer.MinScore < 0 || c.Answer.MinScore > 1 {
		v.add("answer.min_score", "must be between 0 and 1, not %g", c.Answer.MinScore)
	}
	if len(v.Fields) > 0 {
		return v
	}
	return nil
}

// Load reads the YAML file at path ("" for none), applies environment
// overrides through env (os.LookupEnv in production), reads secret files,
// and validates.
func Load(path string, env func(string) (string, bool)) (Config, error) {
	c := Default()
	v := &ValidationError{}
	fileSecrets := false
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return c, fmt.Errorf("config: %w", err)
		}
		defer f.Close()
		if err := decodeYAML(f, &c, v); err != nil {
			return c, fmt.Errorf("config %s: %w", path, err)
		}
		fileSecrets = c.LLM.APIKey != "" || c.Embedding.APIKey != "" || c.Discord.Token != ""
		if st, err := f.Stat(); err == nil && fileSecrets && st.Mode().Perm()&0o077 != 0 {
			for field, s := range map[string]Secret{"llm.api_key": c.LLM.APIKey, "embedding.api_key": c.Embedding.APIKey, "discord.token": c.Discord.Token} {
				if s != "" {
					v.add(field, "a secret in a config file readable by others (%s): move it to its environment variable or a *_file, or chmod 600 %s", st.Mode().Perm(), path)
				}
			}
		}
	}
	applyEnv(&c, env, v)
	// Conventional names, honoured when the articlebot ones are not set.
	if c.Discord.Token == "" {
		if t, ok := env("DISCORD_TOKEN"); ok {
			c.Discord.Token = Secret(strings.TrimSpace(t))
		}
	}
	if c.LLM.APIKey == "" {
		if k, ok := env("OPENAI_API_KEY"); ok {
			c.LLM.APIKey = Secret(strings.TrimSpace(k))
		}
	}
	readSecretFile(&c.LLM.APIKey, c.LLM.APIKeyFile, "llm.api_key_file", v)
	readSecretFile(&c.Embedding.APIKey, c.Embedding.APIKeyFile, "embedding.api_key_file", v)
	readSecretFile(&c.Discord.Token, c.Discord.TokenFile, "discord.token_file", v)
	if err := c.Validate(); err != nil {
		var ve *ValidationError
		errors.As(err, &ve)
		v.Fields = append(v.Fields, ve.Fields...)
	}
	if len(v.Fields) > 0 {
		return c, v
	}
	return c, nil
}

// readSecretFile loads a secret from a file that only its owner can read.
func readSecretFile(dst *Secret, path, field string, v *ValidationError) {
	if path == "" {
		return
	}
	st, err := os.Stat(path)
	if err != nil {
		v.add(field, "cannot read %s: %v", path, err)
		return
	}
	if st.Mode().Perm()&0o077 != 0 {
		v.add(field, "%s is readable by others (%s): chmod 600 %s", path, st.Mode().Perm(), path)
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		v.add(field, "cannot read %s: %v", path, err)
		return
	}
	*dst = Secret(strings.TrimSpace(string(b)))
}

// Print writes the effective configuration as YAML, secrets masked.
func (c Config) Print(w io.Writer) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return fmt.Errorf("print config: %w", err)
	}
	return enc.Close()
}
