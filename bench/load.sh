#!/usr/bin/env bash
# Server load run: builds a store of generated articles (default 20,000), starts `storyline serve` on
# loopback, drives it with wrk for a bounded time per endpoint, and prints requests/s, p50/p99 latency,
# errors, the p50 of one connection alone (a request's own cost, without queueing) and the server's
# heap. Needs wrk (Debian package `wrk`).
#   bench/load.sh [ARTICLES] [SECONDS_PER_ENDPOINT] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-20000}"
duration="${2:-15}"
connections="${3:-32}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
store="$root/bench/target/load-store-$articles"
port=18089

if [ -z "${SKIP_BUILD:-}" ]; then
  (cd "$root" && mvn -q -B -o -pl app,bench -am -DskipTests package >&2)
fi
if [ ! -d "$store" ]; then
  java -Xmx3g -cp "$root/bench/target/classes:$root/bench/target/lib/*" org.storyline.bench.LoadStore "$store" "$articles"
fi

java -Xms512m -Xmx512m -XX:+UseG1GC -jar "$root/app/target/storyline.jar" serve --store "$store" --port "$port" \
  > "$root/bench/target/load-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/api/stats" >/dev/null && break; sleep 1; done
echo "store: $(curl -s "http://127.0.0.1:$port/api/stats")"
story=$(curl -s "http://127.0.0.1:$port/api/stories?sort=size&limit=1" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
word=$(curl -s "http://127.0.0.1:$port/api/stories/$story" | sed -E 's/.*"title":"([A-Za-z]+).*/\1/')
echo "story: $story, search word: $word"

run() { # name path [wrk script]
  script=()
  warmup=3s
  # a scripted run asks for many distinct pages: warm up long enough to read their cards once
  if [ -n "${3:-}" ]; then script=(-s "$3"); warmup=20s; fi
  # warm-up, then the measured run
  wrk -t2 -c"$connections" -d"$warmup" "${script[@]}" "http://127.0.0.1:$port$2" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "${script[@]}" "http://127.0.0.1:$port$2")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  total=$(echo "$out" | awk '/requests in/ {print $1}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  alone=$(wrk -t1 -c1 -d3s --latency "${script[@]}" "http://127.0.0.1:$port$2" | awk '$1=="50%" {print $2}')
  printf "%-26s %9s req/s  p50 %8s  p99 %8s  requests %8s  1 connection p50 %8s  errors: %s\n" "$1" "$rps" "$p50" "$p99" \
    "$total" "$alone" "${errors:-none}"
}
echo "wrk: 2 threads, $connections connections, ${duration}s per endpoint, loopback"
run "API story list" "/api/stories"
run "API story list, any page" "/api/stories" "$root/bench/story-list-pages.lua"
run "API story" "/api/stories/$story"
run "API search" "/api/search?q=$word"
run "web front page" "/"
run "web story page" "/stories/$story"
run "web search" "/search?q=$word"
echo "server heap (-Xmx512m): $(jcmd "$server" GC.heap_info | grep -E 'garbage-first heap' | sed -E 's/^ +//')"
