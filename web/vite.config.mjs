// Builds the dashboard (web/) into build/web for `herald serve`: one
// index.html and hashed assets, every library bundled from node_modules, so
// the pages load nothing from outside the server. web/CMakeLists.txt runs it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// virtual:countries: ISO numeric (world-atlas ids) -> [alpha-3, name], made
// from npm world-countries at build time (the whole file is 1 MB; this is 8 KB).
function countryTable() {
  const id = 'virtual:countries';
  return {
    name: 'herald-countries',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(resolved) {
      if (resolved !== '\0' + id) return null;
      const path = fileURLToPath(new URL('../node_modules/world-countries/countries.json', import.meta.url));
      const table = {};
      for (const c of JSON.parse(readFileSync(path, 'utf8'))) table[c.ccn3 || c.cca3] = [c.cca3, c.name.common];
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [countryTable()],
  build: {
    outDir: process.env.HERALD_WEB_OUT || fileURLToPath(new URL('../build/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
});
