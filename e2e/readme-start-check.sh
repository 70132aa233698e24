#!/usr/bin/env bash
# The README's promise, proven on a clean clone with the machine's own PATH (BERTH_MACHINE_PATH, which .ci/run records
# before it puts Node 24 first; else PATH): `npm install && npm start` shows the console, the seed's workload created
# through its API reaches READY 1/1, and Ctrl-C (SIGINT) leaves no process behind; then `npm install && npm test` runs,
# with only its typecheck stage, since CI ran the full `npm test` just before: what differs here is the machine's Node.
# Run by .ci/run after `npm test`. Exit 0 when the promise holds.
set -uo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
machine_path="${BERTH_MACHINE_PATH:-$PATH}"
machine_node="$(PATH="$machine_path" command -v node || true)"
machine_node_major="$(PATH="$machine_path" node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
# A new user has none of these: no named cluster (so the embedded one starts), default state dir, host and port.
unset KUBECONFIG BERTH_STATE_DIR BERTH_PORT BERTH_HOST
started=$(date +%s)
say() { printf '[readme-start-check %4ss] %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The local cluster's ports are fixed (6443, 5000-5003, 23790): a second cluster cannot start beside a running one.
if listening 6443; then
  say "FAILED: something already listens on 127.0.0.1:6443 (another local cluster?)."
  say "Stop it first (npm run cluster -- down in its checkout); this check starts its own cluster from a clean clone."
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/berth-readme-check.XXXXXX")"
clone="$work/berth"
log="$work/npm-start.log"
npm_pid=""
started_pids=()
cluster_pids=()

# Everything this check started, by pid: npm and the BFF it runs, then the cluster through its own `down` command.
cleanup() {
  local status=$?
  if [ -n "$npm_pid" ] && kill -0 "$npm_pid" 2>/dev/null; then
    kill -INT -- "-$npm_pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$npm_pid" 2>/dev/null || break; sleep 0.5; done
    kill -TERM "$npm_pid" 2>/dev/null
  fi
  for pid in "${started_pids[@]}"; do kill -0 "$pid" 2>/dev/null && kill -TERM "$pid" 2>/dev/null; done
  if [ -f "$clone/.berth/cluster/cluster.json" ] && listening 6443; then
    (cd "$clone" && npm run -s cluster -- down >&2) || true
  fi
  if [ "$status" -ne 0 ] && [ -f "$log" ]; then
    say "last lines of npm install && npm start (passwords masked):"
    # The startup banner prints the local registries' passwords for the user; CI logs must not keep them.
    tail -n 40 "$log" | sed -E 's/(password[": ]+)[^ ",]+/\1***/g' >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { say "FAILED: $*"; exit 1; }

say "cloning $(git -C "$repo" rev-parse --short HEAD) into $clone"
git clone --quiet --no-hardlinks "$repo" "$clone" || fail "git clone"
git -C "$clone" checkout --quiet --detach "$(git -C "$repo" rev-parse HEAD)" || fail "git checkout of HEAD"

# The README promises http://127.0.0.1:8080; only when that port is taken (another console) does the check move,
# through the BFF's documented BERTH_PORT, so a busy CI machine does not fail the promise for the wrong reason.
port=8080
if listening 8080; then
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  say "127.0.0.1:8080 is in use; using BERTH_PORT=$port"
  export BERTH_PORT="$port"
fi
url="http://127.0.0.1:$port"

say "npm install && npm start with the machine's PATH, whose node is $machine_node (v$machine_node_major) (log: $log)"
# Its own process group, like a terminal's foreground job; `exec` makes $! the npm process, and the group's id.
setsid env PATH="$machine_path" bash -c 'cd "$1" && npm install && exec npm start' npm-start "$clone" >"$log" 2>&1 &
npm_pid=$!

say "waiting for the console on $url"
deadline=$(( $(date +%s) + 1500 ))
until curl -fsS -o /dev/null "$url/api/readyz" 2>/dev/null && curl -fsS "$url/" 2>/dev/null | grep -q '<div id="root">'; do
  kill -0 "$npm_pid" 2>/dev/null || fail "npm install && npm start exited before the console answered"
  [ "$(date +%s)" -lt "$deadline" ] || fail "the console did not answer on $url within 25 minutes"
  sleep 2
done
say "the console answers on $url"

# Under an older Node, npm's child is that Node waiting for the BFF it re-ran under Node 24 (scripts/node24.mjs).
descendants() { local child; for child in $(pgrep -P "$1"); do echo "$child"; descendants "$child"; done; }
mapfile -t started_pids < <(descendants "$npm_pid")
if [ "$machine_node_major" -lt 24 ]; then
  grep -q "is older than 24: running this under Node.js 24" "$log" || fail "npm start did not say it runs under Node.js 24"
fi
mapfile -t cluster_pids < <(node -e '
  const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const pid of [c.supervisorPid, ...(c.services ?? []).map((s) => s.pid)]) if (pid) console.log(pid);
' "$clone/.berth/cluster/cluster.json")
[ "${#cluster_pids[@]}" -gt 0 ] || fail "no cluster processes recorded in $clone/.berth/cluster/cluster.json"
say "npm start's processes ${started_pids[*]}; cluster pids ${cluster_pids[*]}"

# The private registry and its login, exactly as a user gets them.
cluster_env="$(cd "$clone" && npm run -s cluster -- env)" || fail "npm run -s cluster -- env"
eval "$cluster_env"

api() { curl -sS -H 'Content-Type: application/json' "$@"; }
ns_api="$url/api/namespaces/default"

# The first thing a new user sees: the fresh cluster's `default`, empty. kube-apiserver 1.20 answers the ReplicaSets of
# an empty namespace with "items": null, which once made this list a 500 ("Could not list deployments").
say "the fresh cluster's default namespace lists empty, and the landing page is served"
# A list answer on stdin as "name type" lines, one per item; exits 1 unless it holds an "items" array.
items_of() { node -e 'let t = ""; process.stdin.on("data", (c) => (t += c)).on("end", () => { let items;
  try { ({ items } = JSON.parse(t)) } catch { process.exit(1) } if (!Array.isArray(items)) process.exit(1);
  for (const i of items) console.log(i.name, i.type ?? "") })'; }
listed="$(api -f "$ns_api/deployments" | items_of)" && [ -z "$listed" ] ||
  fail "GET deployments in default is not 200 and empty: $(api "$ns_api/deployments")"
listed="$(api -f "$ns_api/secrets?type=kubernetes.io/dockerconfigjson" | items_of)" && [ -z "$listed" ] ||
  fail "GET pull secrets in default is not 200 and empty: $(api "$ns_api/secrets?type=kubernetes.io/dockerconfigjson")"
# 1.20 still makes a token secret for each service account: nothing else may be in default yet.
listed="$(api -f "$ns_api/secrets" | items_of)" && { [ -z "$listed" ] || ! grep -qv ' kubernetes.io/service-account-token$' <<<"$listed"; } ||
  fail "GET secrets in default is not 200 with at most service account tokens: $(api "$ns_api/secrets")"
curl -fsS "$url/namespaces/default/workloads" | grep -q '<div id="root">' || fail "the landing page /namespaces/default/workloads is not served"

say "creating the seed's pull secret test and Deployment awesomeapp through the API"
# The body goes through stdin, so the password is never on a command line.
node -e 'process.stdout.write(JSON.stringify({ name: "test", registries: [{ server: process.env.BERTH_REGISTRY,
  username: process.env.BERTH_REGISTRY_USERNAME, password: process.env.BERTH_REGISTRY_PASSWORD }] }))' |
  api -f -o /dev/null -X POST --data-binary @- "$ns_api/secrets" || fail "POST secrets"
node -e 'process.stdout.write(JSON.stringify({ name: "awesomeapp", replicas: 1, imagePullSecrets: ["test"],
  containers: [{ name: "awesomeapp", image: `${process.env.BERTH_REGISTRY}/janedoe/awesomeapp`, tag: "v1", imagePullPolicy: "Always" }] }))' |
  api -f -o /dev/null -X POST --data-binary @- "$ns_api/deployments" || fail "POST deployments"

say "waiting for READY 1/1"
deadline=$(( $(date +%s) + 180 ))
until api -f "$ns_api/deployments/awesomeapp" 2>/dev/null | grep -q '"ready":"1/1"'; do
  [ "$(date +%s)" -lt "$deadline" ] || fail "awesomeapp did not reach READY 1/1 within 3 minutes: $(api "$ns_api/deployments/awesomeapp")"
  sleep 1
done
say "awesomeapp is READY 1/1"

# Ctrl-C, as the banner says: the terminal sends SIGINT to the whole foreground group (npm and the BFF it runs).
say "SIGINT to npm's process group (npm pid $npm_pid), as Ctrl-C does"
kill -INT -- "-$npm_pid"
for _ in $(seq 1 120); do kill -0 "$npm_pid" 2>/dev/null || break; sleep 0.5; done
kill -0 "$npm_pid" 2>/dev/null && fail "npm start did not exit within 60 s of Ctrl-C"
wait "$npm_pid" 2>/dev/null
npm_pid=""

left=()
for _ in $(seq 1 60); do
  left=()
  for pid in "${started_pids[@]}" "${cluster_pids[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
  [ "${#left[@]}" -eq 0 ] && break
  sleep 0.5
done
if [ "${#left[@]}" -gt 0 ]; then
  for pid in "${left[@]}"; do say "still running: $pid $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"; done
  fail "processes started by npm start outlived it"
fi
listening 6443 && fail "127.0.0.1:6443 still listens after npm start exited"
listening "$port" && fail "127.0.0.1:$port still listens after npm start exited"
started_pids=()
say "npm install && npm start works on a clean clone and stops cleanly"

log="$work/npm-test.log"
say "npm install && npm test -- typecheck with the machine's PATH (log: $log)"
env PATH="$machine_path" bash -c 'cd "$1" && npm install && npm test -- typecheck' npm-test "$clone" >"$log" 2>&1 ||
  fail "npm install && npm test -- typecheck exited with $?"
grep -q '^=== npm test under Node.js v24\.' "$log" || fail "npm test did not run under Node.js 24"
grep -q '^1 passed, 0 failed$' "$log" || fail "npm test -- typecheck did not end with 1 passed, 0 failed"

say "passed: the README's commands work on a clean clone with the machine's PATH; npm start stops cleanly"
