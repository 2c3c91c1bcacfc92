# Source this file (`source scripts/use-node.sh`) to put Node >= 22 first on PATH.
# If the machine's Node is older, Node 24 is installed from the npm registry into a cache
# folder (about 8 s, once) -- the registry is the one download source CI machines reach.
tend_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(tend_node_major)" -lt 22 ]; then
  TEND_NODE_DIR="${TEND_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tend-node}"
  if [ ! -x "$TEND_NODE_DIR/node_modules/.bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo none) is older than 22: installing Node 24 into $TEND_NODE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$TEND_NODE_DIR" node@24 >/dev/null
  fi
  export PATH="$TEND_NODE_DIR/node_modules/.bin:$PATH"
fi
unset -f tend_node_major
