package warm

import (
	_ "code.dny.dev/ssrf"
	_ "github.com/bwmarrin/discordgo"
	_ "github.com/gorilla/websocket"
	_ "github.com/kljensen/snowball"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/neurosnap/sentences"
	_ "github.com/neurosnap/sentences/english"
	_ "github.com/philippgille/chromem-go"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/sashabaranov/go-openai"
	_ "golang.org/x/net/html/charset"
	_ "golang.org/x/sync/singleflight"
	_ "golang.org/x/text/encoding"
	_ "gopkg.in/yaml.v3"
	_ "modernc.org/sqlite"
)
