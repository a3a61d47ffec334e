package config

// Example returns a commented example config file with the defaults.
func Example() string { return example }

const example = `# articlebot configuration. Every field is optional; these are the defaults.
# Every field can be overridden by ARTICLEBOT_<PATH> (e.g. ARTICLEBOT_LLM_BASE_URL).
# Secrets: set them in the environment (or *_file pointing at a chmod-600 file).

data_dir: ""                 # "" = $XDG_DATA_HOME/articlebot or ~/.local/share/articlebot
store:
  dsn: ""                    # "" = SQLite in data_dir; postgres://user@host/db = a PostgreSQL shared by several processes
index:
  max_memory: 512MiB         # vectors held in memory; servers idle longest are dropped (and reloaded when asked) past it
log:
  level: info                # debug | info | warn | error
  format: text               # text | json
fetch:
  timeout: 20s               # whole download, redirects included
  max_bytes: 10MiB           # decompressed body cap (at most 64MiB)
  max_redirects: 5           # 0 follows none
  user_agent: articlebot/1.0 (+https://github.com/articlebot/articlebot)
  allow_private_addresses: false   # tests only: lets links reach this machine
embedding:
  provider: builtin          # builtin (offline) | openai (any OpenAI-compatible endpoint)
  base_url: ""               # default: llm.base_url
  model: ""                  # e.g. text-embedding-3-small, nomic-embed-text
  # api_key: set ARTICLEBOT_EMBEDDING_API_KEY (default: the LLM key)
  batch_size: 64
  dimensions: 0              # 0 = the model's default
llm:
  base_url: ""               # "" = offline extractive engine; e.g. https://api.openai.com/v1, http://localhost:11434/v1
  # api_key: set ARTICLEBOT_LLM_API_KEY or OPENAI_API_KEY
  api_type: openai           # openai | azure
  api_version: ""            # azure only
  chat_model: ""             # e.g. gpt-4o-mini, llama3.1
  temperature: 0.2
  max_output_tokens: 800
  context_tokens: 8192       # prompt budget
  request_timeout: 60s
  max_concurrent: 4
  max_retries: 3
  daily_token_budget: 200000 # per server per day; 0 = unlimited
discord:
  # token: set DISCORD_TOKEN (or discord.token_file)
  guild_id: ""               # register commands in one server only, for fast iteration
  api_base_url: ""           # "" = https://discord.com
  purge_grace: 720h          # keep a server's data this long after the bot leaves; 0 = at once
  autoingest: true           # pasted links are read unless /autoingest off
  message_content: true      # privileged intent; false = links only when the bot is mentioned
  thread_auto_archive: 1440  # minutes: 60 | 1440 | 4320 | 10080
  shard_count: 0             # gateway shards in all processes together; 0 = Discord's recommendation
  shards: ""                 # shard IDs this process runs, e.g. 0-3 or 0,2 (needs shard_count); "" = all
limits:
  user_asks_per_minute: 6
  server_asks_per_minute: 60
  user_ingests_per_minute: 4
  server_ingests_per_minute: 20
  ingest_workers: 4
  ingest_queue: 100
http:
  listen: 127.0.0.1:9464     # /healthz and /metrics; "" disables
answer:
  max_quotes: 3
  min_score: 0               # 0 = the engine's default
`
