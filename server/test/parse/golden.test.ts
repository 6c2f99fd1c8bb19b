/**
 * Golden fixtures: each `fixtures/<name>.fic` is parsed and a readable projection of the model (spans
 * shown as the text they cover) is compared with `fixtures/<name>.expected.json`.
 * Regenerate after an intended change with `UPDATE_GOLDEN=1 node --import tsx --test server/test/parse/golden.test.ts`
 * and review the diff.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FicModel, Span } from '../../src/core/model';
import { parse } from '../../src/core/parse/parse';
import { assertWellFormed } from './helpers';

const dir = path.join(__dirname, 'fixtures');

/** The model as plain JSON, every span shown as `[start, end, text]` (long texts cut to 60 characters). */
function project(model: FicModel): unknown {
  const t = model.text;
  const show = (s: Span) => {
    const body = t.slice(s.start, s.end);
    return `${s.start}-${s.end} ${JSON.stringify(body.length > 60 ? `${body.slice(0, 57)}...` : body)}`;
  };
  const h = model.header;
  return {
    header: h && {
      span: show(h),
      title: h.title && show(h.title),
      tags: h.tags && show(h.tags),
      fields: h.fields.map((f) => ({ name: f.name, nameSpan: show(f.nameSpan), value: show(f.valueSpan) })),
    },
    paragraphs: model.paragraphs.map((p) => `${p.kind} ${show(p)}`),
    notes: model.notes.map((n) => `${n.position}${n.inline ? ' inline' : ''} label=${JSON.stringify(t.slice(n.label.start, n.label.end))} ${show(n)}`),
    headings: model.headings.map((x) => `${x.kind} #${x.number ?? '-'} title=${JSON.stringify(x.title)} ${show(x)}`),
    chapters: model.chapters.map((c) => `${c.heading ? JSON.stringify(c.heading.title) : '(no heading)'} ${show(c)}`),
    breaks: model.breaks.map((b) => `${JSON.stringify(b.glyph)} ${show(b)}`),
    scenes: model.scenes.map((s) => `ch${s.chapter} ${show(s)}`),
    quotes: model.quotes.map((q) => {
      const flags = [q.closed ? '' : 'open', q.continues ? 'continues' : '', q.continued ? 'continued' : ''].filter(Boolean).join(',');
      return `${q.kind}/${q.style}${flags ? ` [${flags}]` : ''} ${show(q)}`;
    }),
    unclosed: model.unclosed.map(show),
    words: model.words.length / 2,
  };
}

const fixtures = readdirSync(dir).filter((f) => f.endsWith('.fic')).sort();

test('golden: there are fixtures', () => {
  assert.ok(fixtures.length >= 3);
});

for (const name of fixtures) {
  test(`golden: ${name}`, () => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const model = parse(text);
    assertWellFormed(model);
    const actual = JSON.parse(JSON.stringify(project(model))) as unknown;
    const expectedPath = path.join(dir, name.replace(/\.fic$/, '.expected.json'));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`wrote missing ${expectedPath}; review it and run again`);
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
