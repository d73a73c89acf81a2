// Country codes and names, from npm world-countries at build time
// (vite.config.js): ISO numeric (world-atlas shape ids) to alpha-3 and names.
import table from 'virtual:countries';

export const byNumeric = table;
export const names = {};
for (const [a3, name] of Object.values(table)) names[a3] = name;

export function countryName(a3) {
  return names[a3] || a3 || '';
}
