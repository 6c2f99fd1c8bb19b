/**
 * The export for AO3: each construct of docs/FORMAT.md to its HTML, the fields, notes and limits, and the
 * round trip — for every fixture fic, the story count equals AO3's count of the exported bodies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/core/parse/parse';
import { exportForAo3 } from '../../src/core/export/ao3';
import { renderHtml } from '../../src/core/export/html';
import { getWordTotals, breakGlyphWords } from '../../src/core/count/wordCounts';
import { countAo3Html } from '../../src/core/count/markupWords';

const body = (story: string) => exportForAo3(parse(story)).work.chapters[0]!.body;

// [story text (no header), body HTML, why]
const constructs: [string, string, string][] = [
  ['He ran.\n\nShe stayed.', '<p>He ran.</p>\n<p>She stayed.</p>\n', 'one <p> per paragraph'],
  ['He ran.\nShe stayed.', '<p>He ran.<br />\nShe stayed.</p>\n', 'a single newline is <br />'],
  ['I *hate* this.', '<p>I <em>hate</em> this.</p>\n', '*x* is <em>'],
  ['I _hate_ this.', '<p>I <em>hate</em> this.</p>\n', '_x_ is <em>'],
  ['I **hate** this.', '<p>I <strong>hate</strong> this.</p>\n', '**x** is <strong>'],
  ['"I *won\'t*," she said.', '<p>"I <em>won\'t</em>," she said.</p>\n', 'emphasis inside dialogue'],
  ['*I hate this,* he thought.', '<p><em>I hate this,</em> he thought.</p>\n', 'an asterisk thought'],
  ['f*ck and 2 * 3 and snake_case', '<p>f*ck and 2 * 3 and snake_case</p>\n', 'delimiters between letters or spaces stay'],
  ['“Curly,” she said—‘quietly’…', '<p>“Curly,” she said—‘quietly’…</p>\n', 'curly quotes and dashes are kept as characters'],
  ['Tom & Jerry <3 x < y', '<p>Tom &amp; Jerry &lt;3 x &lt; y</p>\n', 'text is escaped'],
  ['One.\n\n* * *\n\nTwo.', '<p>One.</p>\n<p align="center">* * *</p>\n<p>Two.</p>\n', 'a scene break: the glyph, centred'],
  ['One.\n\n<hr>\n\nTwo.', '<p>One.</p>\n<hr />\n<p>Two.</p>\n', 'an <hr> break'],
  ['He ran (A/N: lol) fast.', '<p>He ran fast.</p>\n', 'an inline note leaves the body'],
  ['She said <i>no</i>.', '<p>She said <i>no</i>.</p>\n', 'allowed HTML passes through'],
  ['<p align="center">Centred</p>', '<p align="center">Centred</p>\n', 'a writer\'s <p> is not wrapped again'],
  ['A <font color="red">red</font> word', '<p>A red word</p>\n', 'a disallowed element is left out, its text kept'],
  ['A <span style="x" title="t">word</span>', '<p>A <span title="t">word</span></p>\n', 'a disallowed attribute is left out'],
  ['Gone<script>alert(1)</script> now', '<p>Gone now</p>\n', 'script is dropped with its contents'],
  ['Cut <!-- a note to self --> here', '<p>Cut  here</p>\n', 'a comment is dropped'],
  ['It began.\n\n<i>Over\n\ntwo</i> paragraphs', '<p>It began.</p>\n<p><i>Over</i></p>\n<p><i>two</i> paragraphs</p>\n', 'an inline element over paragraphs is closed and reopened'],
  ['Don&rsquo;t &amp; won&#8217;t', '<p>Don’t &amp; won’t</p>\n', 'references are decoded'],
  ['<a href="javascript:x()">link</a>', '<p><a>link</a></p>\n', 'a javascript: link loses its href'],
];

for (const [story, html, why] of constructs) {
  test(`export: ${JSON.stringify(story)} (${why})`, () => {
    assert.equal(body(story), html);
  });
}

test('writer HTML AO3 would strip is reported', () => {
  const { problems } = exportForAo3(parse('A <font>x</font> y.\n\nB <!-- c --> d.'));
  const stripped = problems.filter((p) => p.code === 'ao3.html-stripped');
  assert.equal(stripped.length, 2);
  assert.match(stripped[0]!.message, /<font>/);
  assert.ok(problems.some((p) => p.code === 'ao3.posting-limit' && /no title/.test(p.message)), 'a headerless fic has no title for AO3');
});

test('no empty paragraphs, and no &nbsp; paragraphs', () => {
  const { html } = renderHtml([{ text: 'One.', at: 0 }, { text: '<!-- x -->', at: 10 }, { text: '   ', at: 20 }, { text: 'Two.', at: 30 }]);
  assert.equal(html, '<p>One.</p>\n<p>Two.</p>\n');
});

test('--breaks hr posts every break as <hr />', () => {
  const { work } = exportForAo3(parse('One.\n\nxXx\n\nTwo.'), { breaks: 'hr' });
  assert.equal(work.chapters[0]!.body, '<p>One.</p>\n<hr />\n<p>Two.</p>\n');
});

const fic = `The Quiet Roof
Renji/Rukia, One-shot, Fluff
Summary: Two old friends
share a *rooftop*.
Rating: T
Warnings: None, Blood
Fandom: Bleach
Characters: Rukia Kuchiki, Renji Abarai
Language: English
Status: Complete

A/N: For a prompt.

"You're late," Renji said.

A/N: Thanks for reading!
`;

test('header fields, notes and a one-chapter work', () => {
  const { work, problems } = exportForAo3(parse(fic));
  assert.equal(work.title, 'The Quiet Roof');
  assert.equal(work.summary, '<p>Two old friends<br />\nshare a <em>rooftop</em>.</p>\n');
  assert.equal(work.rating, 'Teen And Up Audiences');
  assert.deepEqual(work.warnings, ['No Archive Warnings Apply']);
  assert.deepEqual(work.fandoms, ['Bleach']);
  assert.deepEqual(work.relationships, ['Renji/Rukia']);
  assert.deepEqual(work.characters, ['Rukia Kuchiki', 'Renji Abarai']);
  assert.deepEqual(work.tags, ['Blood', 'One-shot', 'Fluff']);
  assert.equal(work.language, 'English');
  assert.equal(work.complete, true);
  assert.equal(work.notes, '<p>For a prompt.</p>\n');
  assert.equal(work.endNotes, '<p>Thanks for reading!</p>\n');
  assert.equal(work.chapters.length, 1);
  assert.equal(work.chapters[0]!.body, '<p>"You\'re late," Renji said.</p>\n');
  assert.equal(work.chapters[0]!.words, 4);
  assert.deepEqual(problems.map((p) => [p.code, p.severity]), [['ao3.field-value', 'information']]);
});

test('chapters: headings to titles, notes before the story to beginning notes, after to end notes', () => {
  const text = readFileSync(join(__dirname, '..', 'parse', 'fixtures', 'multichapter.fic'), 'utf8');
  const { work } = exportForAo3(parse(text));
  assert.deepEqual(work.chapters.map((c) => c.title), ['Prologue', 'The Mine', 'Tides', 'Epilogue']);
  assert.equal(work.chapters[1]!.notes, '<p>Thank you for the kind reviews on the prologue.</p>\n');
  assert.equal(work.chapters[1]!.endNotes, "<p>yes, he's fine</p>\n");
  assert.equal(work.chapters[0]!.endNotes, '<p>Short prologue, longer chapters soon!</p>\n');
  assert.equal(work.chapters[3]!.endNotes, '<p>Complete! Thanks for reading.</p>\n');
  for (const c of work.chapters) assert.doesNotMatch(c.body, /A\/N|AN:/);
});

// [header lines, code expected, why]
const limits: [string, string, string][] = [
  [`${'T'.repeat(256)} x\nFluff\n\nStory.`, 'ao3.posting-limit', 'a title over 255 characters'],
  [`Title: Long\nSummary: ${'word '.repeat(260)}\n\nStory.`, 'ao3.posting-limit', 'a summary over 1,250'],
  [`Title: Notes\nRating: T\n\nA/N: ${'thanks for reading '.repeat(280)}\n\nStory.`, 'ao3.posting-limit', 'notes over 5,000'],
  [`Title: Rated\nRating: Spicy\n\nStory.`, 'ao3.field-value', 'a rating that is none of AO3\'s'],
  [`Title: Done\nStatus: maybe\n\nStory.`, 'ao3.field-value', 'a status that is neither complete nor WIP'],
];
for (const [text, code, why] of limits) {
  test(`limits: ${why}`, () => {
    const { problems } = exportForAo3(parse(text));
    assert.ok(problems.some((p) => p.code === code), JSON.stringify(problems));
  });
}

test('a chapter over 510,000 characters of HTML is an error', () => {
  const story = ('Words and more words here. '.repeat(40) + '\n\n').repeat(500);
  const { problems } = exportForAo3(parse(`Title: Long\nRating: T\n\n${story}`));
  assert.ok(problems.some((p) => p.code === 'ao3.posting-limit' && /510,000/.test(p.message)));
});

function fixtures(): string[] {
  const dirs = [join(__dirname, '..', 'parse', 'fixtures'), join(__dirname, '..', '..', '..', 'client', 'test', 'fixtures', 'workspace')];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.fic')).map((f) => join(d, f)));
}

test('round trip: for every fixture fic, the story count equals AO3\'s count of the exported bodies', () => {
  const files = fixtures();
  assert.ok(files.length >= 5);
  for (const file of files) {
    const model = parse(readFileSync(file, 'utf8'));
    const { work } = exportForAo3(model);
    const exported = work.chapters.reduce((n, c) => n + countAo3Html(c.body), 0);
    assert.equal(exported, getWordTotals(model).story, file);
    // With <hr /> breaks, AO3 no longer counts the glyphs with letters.
    const hr = exportForAo3(model, { breaks: 'hr' }).work.chapters.reduce((n, c) => n + c.words, 0);
    assert.equal(hr, getWordTotals(model).story - breakGlyphWords(model).reduce((n, g) => n + g.words, 0), file);
  }
});

test('round trip on fics with markup, entities and underscore emphasis', () => {
  const texts = [
    'Title: Marked\nRating: T\n\nShe said <i>no</i> &mdash; twice.\n\n<!-- cut:\n\nthis scene -->\n\nDon&rsquo;t go, _please,_ she begged.\n',
    'Plain _Forget it,_ she thought. And *this*, and **that**.\n\nxXx\n\n(A/N: hi) Then _more_.\n',
  ];
  for (const text of texts) {
    const model = parse(text);
    const { work } = exportForAo3(model);
    assert.equal(work.chapters.reduce((n, c) => n + c.words, 0), getWordTotals(model).story, text);
  }
});

test('exported HTML is what an HTML5 parse gives back (well nested), with only elements and attributes AO3 keeps', async () => {
  const { parseFragment, serialize } = await import('parse5');
  const { allowedElements, attributeAllowed } = await import('../../src/core/count/ao3Html');
  const texts = [
    ...fixtures().map((f) => readFileSync(f, 'utf8')),
    'Title: Mixed\nRating: T\n\nShe said <i>no,\n\nnever</i> &amp; left. <font>x</font> *really* **now**\n\n<p align="center">Centred</p>\n\n<b>Bold <i>and</b> odd</i>\n',
  ];
  for (const text of texts) {
    const { work } = exportForAo3(parse(text));
    for (const html of [work.summary, work.notes, work.endNotes, ...work.chapters.flatMap((c) => [c.body, c.notes, c.endNotes])]) {
      const tree = parseFragment(html);
      assert.equal(serialize(tree), html.replace(/ \/>/g, '>').replace(/\u00a0/g, '&nbsp;'), html);
      const walk = (node: { nodeName: string; attrs?: { name: string }[]; childNodes?: unknown[] }) => {
        if (node.attrs) {
          assert.ok(allowedElements.has(node.nodeName), `<${node.nodeName}> in ${html}`);
          for (const a of node.attrs) assert.ok(attributeAllowed(node.nodeName, a.name), `${a.name} on <${node.nodeName}>`);
        }
        for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
      };
      for (const child of tree.childNodes as Parameters<typeof walk>[0][]) walk(child);
    }
  }
});
