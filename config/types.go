package config

import (
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Duration is a time.Duration written in Go syntax ("20s", "720h").
type Duration time.Duration

// Duration returns d as a time.Duration.
func (d Duration) Duration() time.Duration { return time.Duration(d) }

// String prints d in Go syntax.
func (d Duration) String() string { return time.Duration(d).String() }

// MarshalText writes d in Go syntax.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses Go syntax.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("not a duration (use e.g. 20s, 5m, 720h): %q", b)
	}
	*d = Duration(v)
	return nil
}

// ByteSize is a size in bytes written with units ("10MiB", "512KiB", "1GB").
type ByteSize int64

var byteUnits = []struct {
	suffix string
	n      int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1},
}

// ParseByteSize parses "10MiB", "1.5GB", "512" (bytes).
func ParseByteSize(s string) (ByteSize, error) {
	s = strings.TrimSpace(s)
	mult := int64(1)
	num := s
	for _, u := range byteUnits {
		if strings.HasSuffix(strings.ToUpper(s), strings.ToUpper(u.suffix)) {
			mult, num = u.n, strings.TrimSpace(s[:len(s)-len(u.suffix)])
			break
		}
	}
	f, err := strconv.ParseFloat(num, 64)
	// Written so that NaN fails too: every comparison with it is false.
	if err != nil || !(f >= 0 && f*float64(mult) <= 1<<62) {
		return 0, fmt.Errorf("not a size (use e.g. 10MiB, 512KiB, 1GB): %q", s)
	}
	return ByteSize(f * float64(mult)), nil
}

// String prints the size in the largest IEC unit that divides it.
func (b ByteSize) String() string {
	for _, u := range []struct {
		s string
		n int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if int64(b) >= u.n && int64(b)%u.n == 0 {
			return fmt.Sprintf("%d%s", int64(b)/u.n, u.s)
		}
	}
	return fmt.Sprintf("%dB", int64(b))
}

// MarshalText writes the size with its unit.
func (b ByteSize) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText parses a size with a unit.
func (b *ByteSize) UnmarshalText(t []byte) error {
	v, err := ParseByteSize(string(t))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Secret is a credential: printing, marshalling or logging it shows only
// whether it is set.
type Secret string

const masked = "***"

// String masks the secret.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return masked
}

// GoString masks the secret in %#v.
func (s Secret) GoString() string { return strconv.Quote(s.String()) }

// Reveal returns the secret itself, for the one place that sends it.
func (s Secret) Reveal() string { return string(s) }

// MarshalText masks the secret in YAML and JSON.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads the secret.
func (s *Secret) UnmarshalText(b []byte) error { *s = Secret(b); return nil }

// LogValue masks the secret in slog output.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// DSN is a database URL. It may hold a password, so printing, marshalling
// or logging it shows the URL with the password masked.
type DSN string

// String masks the password.
func (d DSN) String() string {
	if d == "" {
		return ""
	}
	u, err := url.Parse(string(d))
	if err != nil {
		return masked // unparsable: it may be all secret
	}
	return u.Redacted()
}

// GoString masks the password in %#v.
func (d DSN) GoString() string { return strconv.Quote(d.String()) }

// Reveal returns the DSN itself, for the one place that connects.
func (d DSN) Reveal() string { return string(d) }

// MarshalText masks the password in YAML and JSON.
func (d DSN) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the DSN.
func (d *DSN) UnmarshalText(b []byte) error { *d = DSN(strings.TrimSpace(string(b))); return nil }

// LogValue masks the password in slog output.
func (d DSN) LogValue() slog.Value { return slog.StringValue(d.String()) }

// validate accepts "" (SQLite) or a postgres:// URL naming a database.
func (d DSN) validate() error {
	if d == "" {
		return nil
	}
	u, err := url.Parse(string(d))
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return fmt.Errorf("must be empty (SQLite in data_dir) or a postgres:// URL, not %q", d.String())
	}
	if strings.TrimPrefix(u.Path, "/") == "" && u.Query().Get("dbname") == "" {
		return fmt.Errorf("must name a database (postgres://user@host/DATABASE), not %q", d.String())
	}
	return nil
}
