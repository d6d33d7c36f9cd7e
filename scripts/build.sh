# ./dev build [PUBLIC_URL]: build the release app into dist/ for static hosting.
# PUBLIC_URL is the path the site is served under: / (default) or e.g. /rungs/ for GitHub Pages.
PUBLIC_URL="${1:-/}"
case "$PUBLIC_URL" in
  /*/ | /) ;;
  *) die "the public URL must start and end with a slash, e.g. /rungs/ (got: $PUBLIC_URL)" ;;
esac
ensure_build_tools
build_release dist "$PUBLIC_URL"
say "built dist/ for $PUBLIC_URL; upload the folder's contents to your static host"
