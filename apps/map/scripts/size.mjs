#!/usr/bin/env node
// Initial JavaScript of the built app, gzip level 9 (zlib): the entry chunk and its static imports, then the
// same plus the map route (what `/` loads before it can draw). Run after `vite build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const sum = (keys) => [...keys].reduce((total, key) => total + gzip(manifest[key].file), 0);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const mapRoute = Object.keys(manifest).find((key) => key.endsWith('routes/MapPage.tsx'));
const initial = closure([entry]);
const withMap = closure([entry, mapRoute]);
const budget = 250_000;
console.log(`entry + static imports: ${kb(sum(initial))} gzip`);
console.log(`entry + map route (first view of /): ${kb(sum(withMap))} gzip (budget ${kb(budget)})`);
const css = Object.values(manifest).flatMap((item) => item.css ?? []);
console.log(`css: ${kb([...new Set(css)].reduce((total, file) => total + gzip(file), 0))} gzip`);
if (sum(withMap) > budget) process.exit(1);
