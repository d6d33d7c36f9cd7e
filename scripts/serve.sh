# ./dev serve: build the release app and serve it on 127.0.0.1, rebuilding on change.
PORT="${PORT:-8080}"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  die "port $PORT on 127.0.0.1 is already in use. Stop whatever uses it, or pick another port: PORT=8081 ./dev serve"
fi
ensure_build_tools
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
say "building the release app and serving it; open http://127.0.0.1:$PORT/ when the build is done"
exec trunk serve --release --locked --address 127.0.0.1 --port "$PORT"
