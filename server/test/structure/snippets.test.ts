/**
 * The snippets file: valid JSON, every snippet complete, and the header snippet, with every tab stop at its
 * default, parsing into a header with the fields it promises.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from '../../src/core/parse/parse';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const file = resolve(__dirname, '../../../snippets/fic.code-snippets');
const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>;

/** The text a snippet inserts when every tab stop keeps its default (first choice, placeholder, variable default). */
export function resolveDefaults(body: string): string {
  let out = body;
  for (let guard = 0; guard < 20; guard++) {
    const next = out
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1') // ${1|a,b|} → a
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1') // ${1:text} → text (innermost first)
      .replace(/\$\{[A-Z_]+:([^${}]*)\}/g, '$1') // ${TM_SELECTED_TEXT:text} → text
      .replace(/\$\d+|\$\{\d+\}/g, ''); // $0, ${1} → ''
    if (next === out) break;
    out = next;
  }
  return out;
}

const bodyText = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

test('every snippet has a prefix, a body and a description', () => {
  const names = Object.keys(snippets);
  for (const want of ['Fic header', 'Summary', "Author's note", 'Disclaimer', 'Scene break', 'Chapter', 'Thought', 'Dialogue']) {
    assert.ok(names.includes(want), want);
  }
  for (const [name, s] of Object.entries(snippets)) {
    const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p.length > 0), `${name}: prefix`);
    assert.ok(bodyText(s).length > 0, `${name}: body`);
    assert.ok(typeof s.description === 'string' && s.description.length > 0, `${name}: description`);
    assert.doesNotMatch(resolveDefaults(bodyText(s)), /\$\{|\$\d/, `${name}: a tab stop left unresolved`);
  }
});

test('the header offers every AO3 rating and archive warning as choices', () => {
  const body = bodyText(snippets['Fic header']);
  for (const rating of ['General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit', 'Not Rated']) assert.ok(body.includes(rating), rating);
  for (const warning of ['Choose Not To Use Archive Warnings', 'Graphic Depictions Of Violence', 'Major Character Death', 'No Archive Warnings Apply', 'Rape/Non-Con', 'Underage']) {
    assert.ok(body.includes(warning), warning);
  }
});

test('tab stops resolve to defaults', () => {
  assert.equal(resolveDefaults('${1:Title}\nRating: ${2|Mature,Explicit|}$0'), 'Title\nRating: Mature');
  assert.equal(resolveDefaults('A/N: ${1:${TM_SELECTED_TEXT:Thanks}}'), 'A/N: Thanks');
  assert.equal(resolveDefaults("${1|',*,_|}${2:thought}$1$0"), "'thought");
});

/** The parser stub (before the parser lands) returns no words at all; the real one always does. */
const parserMissing = parse('Hello world').words.length === 0;

test('the header snippet, at its defaults, parses into a header with the promised fields', { skip: parserMissing && 'the parser has not landed yet' }, () => {
  const text = `${resolveDefaults(bodyText(snippets['Fic header']))}He opened the door.\n`;
  const model = parse(text);
  assert.ok(model.header, 'a header');
  assert.equal(text.slice(model.header.title!.start, model.header.title!.end), 'Title');
  const fields = Object.fromEntries(model.header.fields.map((f) => [f.name, text.slice(f.valueSpan.start, f.valueSpan.end)]));
  assert.deepEqual(fields, {
    fandom: 'Fandom',
    pairing: 'Character A/Character B',
    rating: 'General Audiences',
    warnings: 'No Archive Warnings Apply',
    summary: 'What happens, in a sentence or two.',
    disclaimer: 'The characters belong to their creators; no profit is made.',
  });
  assert.ok(model.header.end <= text.indexOf('He opened'), 'the story is not swallowed');
});
