// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside every .wasm, .js,
// .css, .svg, .html and .json file under the given folder, and prints what each weighs.
// Usage: node scripts/precompress.mjs frontend/dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/precompress.mjs <dist folder>');
  process.exit(2);
}
const compressible = /\.(wasm|js|css|svg|html|json)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (compressible.test(name)) yield path;
  }
}

for (const path of files(root)) {
  const raw = readFileSync(path);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  console.log(`${relative(root, path)}: ${raw.length} bytes, brotli ${br.length}, gzip ${gz.length}`);
}
