package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/rag"
)

// Options configures the bot; cmd fills it from the config.
type Options struct {
	Token      string
	GuildID    string // register commands in this guild only ("" = globally)
	APIBaseURL string // "" = https://discord.com
	// Autoingest is the default for channels that never ran /autoingest.
	Autoingest bool
	// NoMessageContent runs without the privileged Message Content intent:
	// links are then read only from messages that mention the bot, DMs and
	// the message command; slash commands work as usual.
	NoMessageContent  bool
	ThreadAutoArchive int           // minutes
	PurgeGrace        time.Duration // data of a server the bot left is purged after this
	// Rate limits per minute.
	UserAsksPerMinute, ServerAsksPerMinute       int
	UserIngestsPerMinute, ServerIngestsPerMinute int
	Logger                                       *slog.Logger
	// IngestWorkers bounds concurrent ingests; IngestQueue how many may
	// wait (beyond it users are told to retry).
	IngestWorkers, IngestQueue int
	// Metrics, when set, counts what the bot does.
	Metrics *Metrics
	// HTTPTransport is the base transport (tests); nil = default.
	HTTPTransport http.RoundTripper
	// RESTTimeout bounds each Discord REST call, waits on rate limits
	// included (0 = 15 s).
	RESTTimeout time.Duration
	// ShardCount is how many gateway shards the bot has in all, across
	// every process; 0 = Discord's recommendation (GET /gateway/bot).
	ShardCount int
	// Shards are the shard IDs this process runs (each < ShardCount);
	// nil = all of them.
	Shards []int
	// Clock is what weekly digests are scheduled by; nil = the system's.
	Clock Clock
}

// Timeouts for work done on a user's behalf.
const (
	answerTimeout = 2 * time.Minute
	ingestTimeout = 90 * time.Second
	// purgeEvery is how often servers the bot left are checked for purge.
	purgeEvery = time.Hour
	// historyMessages is how much of a thread is read back as conversation.
	historyMessages = 20
)

// Bot is a running Discord bot.
type Bot struct {
	opts     Options
	engine   Engine
	asker    rag.Asker
	links    Links
	channels ChannelPrefs
	servers  Departures
	digests  DigestSchedules
	log      *slog.Logger
	// s makes every REST call: REST is not sharded, and one session
	// means one rate limiter for the whole process.
	s *discordgo.Session
	shardPlan
	// shards are the connected gateway sessions, in the order opened;
	// only Run touches the slice.
	shards  []*discordgo.Session
	limits  *limiter
	workers chan struct{}
	waiting atomic.Int32

	mu       sync.Mutex // guards stopping and wg.Add against Wait
	stopping bool
	wg       sync.WaitGroup // in-flight handlers
	ctx      context.Context
	cancel   context.CancelFunc
	fatal    chan error

	// The weekly digests' scheduler (schedule.go): woken when a schedule
	// changes, done closed once it has stopped.
	clock       Clock
	digestWake  chan struct{}
	digestsDone chan struct{}
}

// ErrBadToken means Discord refused the token.
var ErrBadToken = errors.New("discord refused the bot token (check DISCORD_TOKEN)")

// New prepares a bot; Run connects it.
func New(opts Options, deps Deps) (*Bot, error) {
	if strings.TrimSpace(opts.Token) == "" {
		return nil, errors.New("no Discord token: set DISCORD_TOKEN (or discord.token_file)")
	}
	if deps.Engine == nil || deps.Asker == nil {
		return nil, errors.New("bot: Deps.Engine and Deps.Asker are required")
	}
	if deps.Settings != nil {
		mem := &kvMemory{kv: deps.Settings}
		if deps.Channels == nil {
			deps.Channels = mem
		}
		if deps.Servers == nil {
			deps.Servers = mem
		}
		if deps.Digests == nil {
			deps.Digests = mem
		}
	}
	if deps.Links == nil || deps.Channels == nil || deps.Servers == nil || deps.Digests == nil {
		return nil, errors.New("bot: Deps.Links, and Deps.Settings or Deps.Channels, Deps.Servers and Deps.Digests, are required")
	}
	if opts.Clock == nil {
		opts.Clock = systemClock{}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.ThreadAutoArchive == 0 {
		opts.ThreadAutoArchive = 1440
	}
	if opts.RESTTimeout <= 0 {
		opts.RESTTimeout = restTimeout
	}
	s, err := discordgo.New("Bot " + strings.TrimPrefix(opts.Token, "Bot "))
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	base := opts.HTTPTransport
	if base == nil {
		base = http.DefaultTransport
	}
	if opts.APIBaseURL != "" {
		u, err := url.Parse(opts.APIBaseURL)
		if err != nil || u.Host == "" {
			return nil, fmt.Errorf("discord.api_base_url %q is not a URL", opts.APIBaseURL)
		}
		base = &rewrite{base: base, to: u}
	}
	s.Client = &http.Client{Transport: base, Timeout: 30 * time.Second}
	if opts.ShardCount < 0 {
		return nil, fmt.Errorf("bot: ShardCount %d is negative", opts.ShardCount)
	}
	for _, id := range opts.Shards {
		if id < 0 || opts.ShardCount > 0 && id >= opts.ShardCount {
			return nil, fmt.Errorf("bot: shard %d does not exist (ShardCount %d)", id, opts.ShardCount)
		}
	}
	if len(opts.Shards) > 0 && opts.ShardCount == 0 {
		return nil, errors.New("bot: Shards needs ShardCount: every process must use the same total")
	}
	b := &Bot{opts: opts, engine: deps.Engine, asker: deps.Asker, links: deps.Links, channels: deps.Channels, servers: deps.Servers, digests: deps.Digests,
		log: opts.Logger, s: s, limits: newLimiter(opts), fatal: make(chan error, 1), workers: make(chan struct{}, max(1, opts.IngestWorkers)),
		shardPlan: shardPlan{identifyEvery: identifyEvery}, clock: opts.Clock, digestWake: make(chan struct{}, 1), digestsDone: make(chan struct{})}
	return b, nil
}

// intents are the gateway intents every shard identifies with.
func (b *Bot) intents() discordgo.Intent {
	in := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if !b.opts.NoMessageContent {
		in |= discordgo.IntentsMessageContent
	}
	return in
}

// rewrite sends discord.com requests to a configured base URL: discordgo's
// endpoints are package variables fixed at init, the client is not.
type rewrite struct {
	base http.RoundTripper
	to   *url.URL
}

func (r *rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	if strings.HasSuffix(req.URL.Host, "discord.com") || strings.HasSuffix(req.URL.Host, "discordapp.com") {
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host = r.to.Scheme, r.to.Host
		req.Host = r.to.Host
	}
	return r.base.RoundTrip(req)
}

// Run connects this process's shards, registers the commands (the process
// running shard 0 does) and serves until ctx ends, then stops taking work,
// finishes in-flight replies and disconnects every shard.
func (b *Bot) Run(ctx context.Context) error {
	b.ctx, b.cancel = context.WithCancel(context.WithoutCancel(ctx))
	defer b.cancel()
	if err := b.plan(); err != nil {
		return err
	}
	defer b.shutdown()
	if err := b.openShards(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // stopped while connecting
		}
		return err
	}
	first := b.shards[0]
	first.State.RLock()
	app, name := first.State.User.ID, first.State.User.Username
	if first.State.Application != nil && first.State.Application.ID != "" {
		app = first.State.Application.ID
	}
	first.State.RUnlock()
	// Commands are the application's, not a shard's: one process
	// registers them, the one that runs shard 0 (there is always one).
	if b.serving[0] {
		rctx, cancel := context.WithTimeout(b.ctx, b.opts.RESTTimeout)
		_, err := b.s.ApplicationCommandBulkOverwrite(app, b.opts.GuildID, commands(), discordgo.WithContext(rctx))
		cancel()
		if err != nil {
			if isBadToken(err) {
				b.log.Debug("discord refused the token", "err", err)
				return ErrBadToken
			}
			return fmt.Errorf("register commands: %w", err)
		}
	}
	b.log.Info("discord bot ready", "user", name, "invite", InviteURL(app),
		"shards", b.ids, "shard_count", b.count)
	if b.opts.NoMessageContent {
		b.log.Warn("running without the Message Content intent: pasted links are read, and questions in threads answered, only when the bot is mentioned (and in DMs and via the message command); slash commands work")
	}
	b.spawn(b.warm)
	// Deferred after shutdown's, so it runs first: the scheduler stops
	// before the gateways close.
	defer b.startDigests()()
	purge := time.NewTicker(purgeEvery)
	defer purge.Stop()
	b.purge(b.ctx)
	for {
		select {
		case <-ctx.Done():
			b.log.Info("shutting down: finishing in-flight replies")
			return nil
		case err := <-b.fatal:
			return err
		case <-purge.C:
			b.purge(b.ctx)
		}
	}
}

// Shutdown bounds.
const (
	// shutdownGrace is how long in-flight replies may take to finish.
	shutdownGrace = 30 * time.Second
	// cancelGrace is how long cancelled work may take to return: every
	// Discord call and engine call it makes honours its context.
	cancelGrace = 5 * time.Second
)

// shutdown stops taking work, lets in-flight replies finish (bounded), then
// disconnects every shard. It runs on every exit of Run once shards may be
// open; the gateway stays open meanwhile, so that interactions arriving now are told
// the bot is restarting instead of being left unanswered.
func (b *Bot) shutdown() {
	b.mu.Lock()
	b.stopping = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.wg.Wait(); close(done) }()
	t := time.NewTimer(shutdownGrace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		b.log.Warn("in-flight replies did not finish in time; cancelling them")
		b.cancel()
		select {
		case <-done:
		case <-time.After(cancelGrace):
			b.log.Error("cancelled replies still running; disconnecting anyway")
		}
	}
	// In parallel: discordgo waits a second on each close for Discord to
	// answer the close frame.
	var closing sync.WaitGroup
	for _, s := range b.shards {
		closing.Go(func() {
			if err := s.Close(); err != nil {
				b.log.Warn("close gateway", "shard", s.ShardID, "err", err)
			}
		})
	}
	closing.Wait()
}

// InviteURL is the OAuth2 link that adds the bot with exactly the
// permissions it uses: view channels, send messages, send in threads,
// create public threads, embed links, add reactions, read history.
func InviteURL(appID string) string {
	perms := discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionSendMessagesInThreads |
		discordgo.PermissionCreatePublicThreads | discordgo.PermissionEmbedLinks | discordgo.PermissionAddReactions | discordgo.PermissionReadMessageHistory
	return fmt.Sprintf("https://discord.com/oauth2/authorize?client_id=%s&scope=bot%%20applications.commands&permissions=%d", appID, perms)
}

// enter admits one piece of work that shutdown will wait for; it is false
// once shutdown has begun. Every true enter is matched by one leave.
func (b *Bot) enter() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.stopping {
		return false
	}
	b.wg.Add(1)
	return true
}

func (b *Bot) leave() { b.wg.Done() }

// spawn runs a handler's work under the bot's lifetime; once shutdown has
// begun, new work is refused and spawn is false.
func (b *Bot) spawn(f func(ctx context.Context)) bool {
	if !b.enter() {
		return false
	}
	go func() {
		defer b.leave()
		f(b.ctx)
	}()
	return true
}

// scopeOf maps a message's place to its data scope: a server, or a DM user.
func scopeOf(guildID, userID string) rag.Scope {
	if guildID != "" {
		return rag.Scope("guild:" + guildID)
	}
	return rag.Scope("dm:" + userID)
}

// errorID tags an internal error in the log and in the user's message.
func errorID() string {
	b := make([]byte, 4)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// ErrBusy means the ingest queue is full.
var ErrBusy = errors.New("bot: ingest queue full")

// ingest runs one ingest in the bounded worker pool.
func (b *Bot) ingest(ctx context.Context, req rag.IngestRequest) (*rag.IngestResult, error) {
	if q := b.opts.IngestQueue; q > 0 && int(b.waiting.Load()) >= q {
		return nil, ErrBusy
	}
	b.waiting.Add(1)
	select {
	case b.workers <- struct{}{}:
		b.waiting.Add(-1)
	case <-ctx.Done():
		b.waiting.Add(-1)
		return nil, ctx.Err()
	}
	defer func() { <-b.workers }()
	ctx, cancel := context.WithTimeout(ctx, ingestTimeout)
	defer cancel()
	start := time.Now()
	res, err := b.engine.Ingest(ctx, req)
	b.opts.Metrics.done("ingest", start, err)
	return res, err
}

// onDisconnect checks, when the gateway drops, whether the token is still
// valid: discordgo's reconnect loop would otherwise retry a revoked token
// (close 4004) forever.
func (b *Bot) onDisconnect(s *discordgo.Session, _ *discordgo.Disconnect) {
	if b.ctx == nil || b.ctx.Err() != nil {
		return
	}
	b.spawn(func(ctx context.Context) {
		err := b.call(ctx, "check token", func(o discordgo.RequestOption) error { _, err := s.User("@me", o); return err })
		if isBadToken(err) {
			select {
			case b.fatal <- ErrBadToken:
			default:
			}
		}
	})
}
