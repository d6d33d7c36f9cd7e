// Reads model-data/*.toml independently of the app (a small reader for the subset of TOML the
// model files use), so end-to-end tests compare the screen with the files, not with the app's
// own view of them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The `[[section]]` tables of a model file, each as { key: string value }. */
function tables(text, section) {
  const blocks = text.split(/^\[\[(\w+)\]\]\s*$/m);
  const out = [];
  for (let i = 1; i < blocks.length; i += 2) {
    if (blocks[i] !== section) continue;
    const fields = {};
    const re = /^(\w+)\s*=\s*(?:"""([\s\S]*?)"""|"((?:[^"\\]|\\.)*)"|(\w+))/gm;
    for (const m of blocks[i + 1].matchAll(re)) {
      fields[m[1]] = (m[2] ?? m[3] ?? m[4]).replace(/\s+/g, ' ').trim();
    }
    out.push(fields);
  }
  return out;
}

export function readModel(id) {
  const text = fs.readFileSync(path.join(ROOT, 'model-data', `${id}.toml`), 'utf8');
  return {
    name: /^name\s*=\s*"([^"]*)"/m.exec(text)[1],
    levels: tables(text, 'levels'),
    categories: tables(text, 'categories'),
    practices: tables(text, 'practices'),
  };
}

export function catalogueIds() {
  const text = fs.readFileSync(path.join(ROOT, 'model-data', 'catalogue.toml'), 'utf8');
  return [...text.match(/models\s*=\s*\[([^\]]*)\]/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}
