// Package config is articlebot's configuration: one YAML file plus
// environment variables that override it, as typed fields with their
// defaults in one place ([Default]), cross-field validation that names every
// bad field, and secrets that never print.
package config
