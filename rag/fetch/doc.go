// Package fetch downloads article pages safely: http and https on ports 80
// and 443 only, no proxies from the environment, every dialed address
// checked against private, loopback, link-local and other non-public ranges
// (code.dny.dev/ssrf in net.Dialer.Control, so redirects and DNS rebinding
// cannot slip past), bounded redirects, time and decompressed size, and
// bodies decoded to UTF-8; PDFs, declared or recognized by their header,
// are passed on as bytes. It also reads local files for the CLI under the
// same type, size and encoding rules.
package fetch
