package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

func envMap(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestDefaultsAreValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatal(err)
	}
	c, err := Load("", envMap(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.LLMEnabled() || c.Embedding.Provider != "builtin" {
		t.Error("defaults must work offline")
	}
}

func TestPrintGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Default().Print(&b); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "default.golden")
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(golden, b.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("Print(Default()) changed; run go test ./config -update\n%s", b.String())
	}
}

func writeFile(t *testing.T, name, body string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
	os.Chmod(p, mode)
	return p
}

func TestLoadYAMLAndEnv(t *testing.T) {
	p := writeFile(t, "c.yaml", "fetch:\n  timeout: 5s\n  max_bytes: 2MiB\nllm:\n  base_url: http://localhost:11434/v1\n  chat_model: llama3.1\n", 0o644)
	c, err := Load(p, envMap(map[string]string{"ARTICLEBOT_FETCH_TIMEOUT": "7s", "OPENAI_API_KEY": "sk-test"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Fetch.Timeout.Duration() != 7*time.Second || c.Fetch.MaxBytes != 2<<20 || !c.LLMEnabled() || c.LLM.APIKey.Reveal() != "sk-test" {
		t.Errorf("loaded %+v", c)
	}
}

func TestUnknownKey(t *testing.T) {
	p := writeFile(t, "c.yaml", "fetch:\n  timout: 5s\n", 0o644)
	_, err := Load(p, envMap(nil))
	if err == nil || !strings.Contains(err.Error(), "timout") {
		t.Fatalf("err = %v, want it to name the unknown key", err)
	}
}

// TestEveryFieldHasEnv sets every leaf through its variable and checks the
// value lands (a string that parses for each kind).
func TestEveryFieldHasEnv(t *testing.T) {
	values := map[string]string{}
	for _, f := range Fields() {
		values[EnvName(f)] = "bogus-for-" + f
	}
	_, err := Load("", envMap(values))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v", err)
	}
	named := map[string]bool{}
	for _, fe := range ve.Fields {
		named[fe.Field] = true
	}
	// Every field either rejected the bogus value (naming the field) or,
	// for free-form strings, took it.
	c, _ := Load("", envMap(map[string]string{"ARTICLEBOT_DISCORD_API_BASE_URL": "http://127.0.0.1:1", "ARTICLEBOT_HTTP_LISTEN": ":0", "ARTICLEBOT_LIMITS_INGEST_WORKERS": "9", "ARTICLEBOT_DISCORD_AUTOINGEST": "false", "ARTICLEBOT_ANSWER_MIN_SCORE": "0.5"}))
	if c.Discord.APIBaseURL != "http://127.0.0.1:1" || c.HTTP.Listen != ":0" || c.Limits.IngestWorkers != 9 || c.Discord.Autoingest || c.Answer.MinScore != 0.5 {
		t.Errorf("env overrides did not apply: %+v", c)
	}
	if len(Fields()) < 40 {
		t.Errorf("only %d fields found", len(Fields()))
	}
	for _, f := range []string{"fetch.timeout", "fetch.max_bytes", "llm.max_concurrent", "discord.autoingest"} {
		if !named[f] {
			t.Errorf("bad value for %s not reported", f)
		}
	}
}

func TestValidationNamesFields(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		field  string
	}{
		{"llm url", func(c *Config) { c.LLM.BaseURL = "ftp://x" }, "llm.base_url"},
		{"llm model required", func(c *Config) { c.LLM.BaseURL = "http://localhost:1/v1" }, "llm.chat_model"},
		{"embedding model required", func(c *Config) { c.Embedding.Provider = "openai"; c.Embedding.BaseURL = "http://x/v1" }, "embedding.model"},
		{"redirects", func(c *Config) { c.Fetch.MaxRedirects = 99 }, "fetch.max_redirects"},
		{"archive minutes", func(c *Config) { c.Discord.ThreadAutoArchive = 5 }, "discord.thread_auto_archive"},
		{"guild id", func(c *Config) { c.Discord.GuildID = "abc" }, "discord.guild_id"},
		{"server below user", func(c *Config) { c.Limits.ServerAsksPerMinute = 1 }, "limits.server_asks_per_minute"},
		{"listen", func(c *Config) { c.HTTP.Listen = "nope" }, "http.listen"},
		{"level", func(c *Config) { c.Log.Level = "loud" }, "log.level"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Default()
			tc.mutate(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.field+":") {
				t.Errorf("err = %v, want it to name %s", err, tc.field)
			}
		})
	}
}

func TestSecretsNeverPrint(t *testing.T) {
	c := Default()
	c.LLM.APIKey = "sk-very-secret"
	c.Discord.Token = "discord-very-secret"
	var b bytes.Buffer
	c.Print(&b)
	js, _ := json.Marshal(c)
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("config", "cfg", c, "key", c.LLM.APIKey)
	for name, out := range map[string]string{"print": b.String(), "%v": fmt.Sprintf("%v", c), "%+v": fmt.Sprintf("%+v", c), "%#v": fmt.Sprintf("%#v", c), "json": string(js), "slog": logs.String()} {
		if strings.Contains(out, "very-secret") {
			t.Errorf("%s leaks a secret: %s", name, out)
		}
	}
	if !strings.Contains(b.String(), "***") {
		t.Error("print does not show that the secret is set")
	}
}

func TestSecretFilePermissions(t *testing.T) {
	open := writeFile(t, "c.yaml", "llm:\n  api_key: sk-in-file\n", 0o644)
	if _, err := Load(open, envMap(nil)); err == nil || !strings.Contains(err.Error(), "llm.api_key") {
		t.Errorf("secret in a world-readable file accepted: %v", err)
	}
	closed := writeFile(t, "c.yaml", "llm:\n  api_key: sk-in-file\n", 0o600)
	if c, err := Load(closed, envMap(nil)); err != nil || c.LLM.APIKey.Reveal() != "sk-in-file" {
		t.Errorf("secret in a 0600 file: %v", err)
	}
	keyOpen := writeFile(t, "key", "sk-from-file\n", 0o644)
	if _, err := Load("", envMap(map[string]string{"ARTICLEBOT_LLM_API_KEY_FILE": keyOpen})); err == nil || !strings.Contains(err.Error(), "llm.api_key_file") {
		t.Errorf("readable key file accepted: %v", err)
	}
	keyClosed := writeFile(t, "key", "sk-from-file\n", 0o600)
	if c, err := Load("", envMap(map[string]string{"ARTICLEBOT_LLM_API_KEY_FILE": keyClosed})); err != nil || c.LLM.APIKey.Reveal() != "sk-from-file" {
		t.Errorf("key file: %v", err)
	}
}

func TestByteSizeAndDuration(t *testing.T) {
	tests := []struct {
		in   string
		want ByteSize
		ok   bool
	}{
		{"10MiB", 10 << 20, true}, {"512KiB", 512 << 10, true}, {"1GB", 1e9, true}, {"2048", 2048, true},
		{"1.5MiB", 3 << 19, true}, {"ten", 0, false}, {"-1MiB", 0, false}, {"", 0, false},
	}
	for _, tc := range tests {
		got, err := ParseByteSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseByteSize(%q) = %v, %v", tc.in, got, err)
		}
	}
	if ByteSize(10<<20).String() != "10MiB" {
		t.Error(ByteSize(10 << 20).String())
	}
	var d Duration
	if err := d.UnmarshalText([]byte("720h")); err != nil || d.Duration() != 720*time.Hour {
		t.Error(d, err)
	}
}

func FuzzParseByteSize(f *testing.F) {
	for _, s := range []string{"10MiB", "1.5GB", "0", "1e3KB", "KiB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseByteSize(s)
		if err == nil && b < 0 {
			t.Fatalf("negative size %d for %q", b, s)
		}
		if err == nil {
			again, err := ParseByteSize(b.String())
			if err != nil || again != b {
				t.Fatalf("%q → %v → %v (%v)", s, b, again, err)
			}
		}
	})
}

func TestStoreDSN(t *testing.T) {
	for _, tc := range []struct {
		dsn   string
		valid bool
	}{
		{"", true},
		{"postgres://bot:pw@db.internal:5432/articlebot?sslmode=require", true},
		{"postgresql://bot@/articlebot?host=/run/postgresql", true},
		{"postgres://bot@db.internal", false}, // no database
		{"mysql://bot@db/articlebot", false},
		{"/var/lib/articlebot.db", false},
	} {
		env := map[string]string{"ARTICLEBOT_STORE_DSN": tc.dsn}
		c, err := Load("", func(k string) (string, bool) { v, ok := env[k]; return v, ok })
		if (err == nil) != tc.valid {
			t.Errorf("store.dsn %q: err = %v, want valid %v", tc.dsn, err, tc.valid)
		}
		if c.Store.DSN.Reveal() != tc.dsn {
			t.Errorf("store.dsn %q read as %q", tc.dsn, c.Store.DSN.Reveal())
		}
		var b strings.Builder
		c.Print(&b)
		if strings.Contains(b.String(), ":pw@") || (err != nil && strings.Contains(err.Error(), ":pw@")) {
			t.Errorf("password shown: %s %v", b.String(), err)
		}
	}
}

// TestDataDirUsesInjectedEnv: the default data dir comes from the
// environment the caller passes, never the process's own.
func TestDataDirUsesInjectedEnv(t *testing.T) {
	t.Setenv("HOME", "/process/home")
	t.Setenv("XDG_DATA_HOME", "/process/xdg")
	tests := []struct {
		goos string
		vars map[string]string
		want string // "" for an error
	}{
		{"linux", map[string]string{"HOME": "/h"}, filepath.Join("/h", ".local", "share", "articlebot")},
		{"linux", map[string]string{"HOME": "/h", "XDG_DATA_HOME": "/x"}, filepath.Join("/x", "articlebot")},
		{"linux", map[string]string{"XDG_DATA_HOME": ""}, ""},
		{"linux", nil, ""},
		{"darwin", map[string]string{"HOME": "/Users/a"}, filepath.Join("/Users/a", "Library", "Application Support", "articlebot")},
		{"windows", map[string]string{"AppData": `C:\Users\a\AppData\Roaming`}, filepath.Join(`C:\Users\a\AppData\Roaming`, "articlebot")},
		{"windows", map[string]string{"HOME": "/h"}, ""},
	}
	for _, tc := range tests {
		got, err := defaultDataDir(tc.goos, envMap(tc.vars))
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("%s %v: %q, %v; want %q", tc.goos, tc.vars, got, err, tc.want)
		}
	}
	c := Default()
	if got, err := c.DataDirOrDefault(envMap(map[string]string{"XDG_DATA_HOME": "/x"})); err != nil || got != filepath.Join("/x", "articlebot") {
		t.Errorf("DataDirOrDefault = %q, %v", got, err)
	}
	c.DataDir = "/set"
	if got, _ := c.DataDirOrDefault(envMap(nil)); got != "/set" {
		t.Errorf("DataDirOrDefault with data_dir set = %q", got)
	}
}

// TestYAMLNamesEveryBadField: a config file with several bad values names
// each (path, line and value), and the good values still apply.
func TestYAMLNamesEveryBadField(t *testing.T) {
	path := writeFile(t, "c.yaml", `log:
  level: debug
fetch:
  max_bytes: NaN
  timeout: soon
  max_redirects: lots
  user_agent: [a, b]
llm:
  temperature: warm
  max_retries: 2
discord:
  autoingest: maybe
  nickname: bot
answer: 3
`, 0o600)
	c, err := Load(path, envMap(nil))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v, want a *ValidationError", err)
	}
	msg := err.Error()
	for _, want := range []string{
		`fetch.max_bytes: line 4: not a size (use e.g. 10MiB, 512KiB, 1GB): "NaN"`,
		`fetch.timeout: line 5: not a duration`,
		`fetch.max_redirects: line 6: must be a whole number, not "lots"`,
		`fetch.user_agent: line 7: must be a single value, not a list`,
		`llm.temperature: line 9: must be a number, not "warm"`,
		`discord.autoingest: line 12: must be true or false, not "maybe"`,
		`discord.nickname: line 13: no such setting`,
		`answer: line 14: must be a group of settings, not "3"`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "-9223372036854775808") {
		t.Errorf("NaN became a size:\n%s", msg)
	}
	if len(ve.Fields) != 8 {
		t.Errorf("%d fields named, want 8:\n%s", len(ve.Fields), msg)
	}
	if c.Log.Level != "debug" || c.LLM.MaxRetries != 2 || c.Fetch.MaxBytes != Default().Fetch.MaxBytes {
		t.Errorf("good values not applied or bad ones kept: %+v", c)
	}
}

func TestYAMLWholeFileErrors(t *testing.T) {
	for name, text := range map[string]string{"not yaml": "fetch: [\n", "a list": "- a\n- b\n", "a word": "hello\n"} {
		if _, err := Load(writeFile(t, "c.yaml", text, 0o600), envMap(nil)); err == nil || !strings.Contains(err.Error(), "config ") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	for name, text := range map[string]string{"empty": "", "comment": "# nothing\n", "null": "~\n", "empty group": "fetch:\n"} {
		if _, err := Load(writeFile(t, "c.yaml", text, 0o600), envMap(nil)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestNonsenseSizes(t *testing.T) {
	for _, s := range []string{"NaN", "nan", "NaNMiB", "Inf", "+Inf", "-Inf", "1e300", "-0.5KiB"} {
		if b, err := ParseByteSize(s); err == nil {
			t.Errorf("ParseByteSize(%q) = %d, want an error", s, b)
		}
	}
	_, err := Load("", envMap(map[string]string{"ARTICLEBOT_FETCH_MAX_BYTES": "NaN"}))
	if err == nil || !strings.Contains(err.Error(), "fetch.max_bytes") || strings.Contains(err.Error(), "-9223372036854775808") {
		t.Errorf("env NaN: %v", err)
	}
}

// FuzzDecodeYAML: any file is either read or refused, never a panic, and
// every problem named is a field path.
func FuzzDecodeYAML(f *testing.F) {
	for _, s := range []string{"fetch:\n  max_bytes: NaN\n", "a: &x {b: *x}\n", "llm: [1]\n", "? [a]\n: b\n", "fetch: &f\n  timeout: 1s\nllm: *f\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Default()
		v := &ValidationError{}
		if err := decodeYAML(strings.NewReader(s), &c, v); err != nil {
			return
		}
		for _, fe := range v.Fields {
			if fe.Field == "" || fe.Msg == "" {
				t.Fatalf("unnamed problem %+v in %q", fe, s)
			}
		}
	})
}

func TestMaxBytesCap(t *testing.T) {
	for size, ok := range map[string]bool{"64MiB": true, "65MiB": false, "1GiB": false, "1KiB": true, "1000B": false} {
		_, err := Load("", envMap(map[string]string{"ARTICLEBOT_FETCH_MAX_BYTES": size}))
		if (err == nil) != ok || (err != nil && !strings.Contains(err.Error(), "fetch.max_bytes: must be between 1KiB and 64MiB")) {
			t.Errorf("max_bytes %s: %v", size, err)
		}
	}
}
