// The parts of a release build, as its `pkg/<build>/parts.json` lists them (xtask/src/wasm.rs):
// which files every visit needs ("main") and which files each part of the app fetches on first use.
import fs from 'node:fs';
import path from 'node:path';

/** `{ build, parts }` of the release build in `dist`. */
export function readParts(dist) {
  const builds = fs.readdirSync(path.join(dist, 'pkg'));
  if (builds.length !== 1) throw new Error(`${dist}/pkg should hold one build, found ${builds}`);
  const build = builds[0];
  const parts = JSON.parse(fs.readFileSync(path.join(dist, 'pkg', build, 'parts.json'), 'utf8'));
  return { build, parts };
}

/** The file names under `pkg/<build>/` among the URLs `requests`. */
export function fetchedFiles(requests, build) {
  const marker = `/pkg/${build}/`;
  return [...new Set(requests.filter((u) => u.includes(marker)).map((u) => u.split(marker)[1]))].sort();
}

/** The parts whose files were all fetched, judged from `files` (see `fetchedFiles`). */
export function fetchedParts(files, parts) {
  const got = new Set(files);
  return Object.keys(parts).filter((name) => parts[name].every((f) => got.has(f))).sort();
}
