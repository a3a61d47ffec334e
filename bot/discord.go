package bot

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Time limits on Discord calls.
const (
	// restTimeout is the default bound on one REST call, discordgo's waits
	// on a rate limit included: a stuck call must not hold a handler, and so
	// shutdown.
	restTimeout = 15 * time.Second
	// ackTimeout bounds an interaction's acknowledgement: Discord forgets
	// an interaction not acknowledged within 3 s.
	ackTimeout = 3 * time.Second
)

// Gateway close codes after which reconnecting as before cannot work.
const (
	closeAuthenticationFailed = 4004 // the token is wrong or revoked
	closeDisallowedIntents    = 4014 // a privileged intent is not enabled
)

// call makes one Discord REST call under a timeout and logs its failure,
// once, with the call's name: callers never log a Discord error again, they
// only branch on it.
func (b *Bot) call(ctx context.Context, name string, f func(discordgo.RequestOption) error) error {
	return b.callWithin(ctx, b.opts.RESTTimeout, name, f)
}

// callWithin is call with its own bound (an acknowledgement's 3 s).
func (b *Bot) callWithin(ctx context.Context, d time.Duration, name string, f func(discordgo.RequestOption) error) error {
	ctx, cancel := context.WithTimeout(ctx, min(d, b.opts.RESTTimeout))
	defer cancel()
	err := f(discordgo.WithContext(ctx))
	if err != nil {
		b.log.Warn("discord call failed", "call", name, "err", err)
	}
	return err
}

// closeCode is the gateway's close code carried by err, 0 if none.
func closeCode(err error) int {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		return ce.Code
	}
	return 0
}

// restStatus is the HTTP status of a failed REST call in err, 0 if none.
func restStatus(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode
	}
	return 0
}

// isBadToken reports whether Discord refused the token: the gateway closed
// with 4004, or a REST call answered 401.
func isBadToken(err error) bool {
	return closeCode(err) == closeAuthenticationFailed || restStatus(err) == http.StatusUnauthorized
}
