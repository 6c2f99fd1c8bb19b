/**
 * The first-unit filters the parse reads every line and block with before it calls the full checks: a
 * filter may only say "no" where the full check says no. Each case line is tried as written and with its
 * first unit replaced by every BMP code unit; whenever the full check accepts, the filter must accept too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBreakLine, mayOpenBreak } from '../../src/core/parse/breaks';
import { keywordPairs, mayBeDecoratedHeading, mayOpenHeading, parseHeading } from '../../src/core/parse/headings';
import { matchNoteMarker, mayOpenNote, notePairs } from '../../src/core/parse/notes';
import { mayOpenVote, openingClass } from '../../src/core/parse/conventions';
import { parse } from '../../src/core/parse/parse';

const breakLines = ['***', '* * *', '~*~', 'xXx', 'oOo', 'o0o', '-o-o-', '---', '___', '<hr>', '<hr />', '+++', '###', '◇◆◇', '❖', '§', '———', '•••', '·x·', '=-=', '|||', ':::', '\\\\\\', '>>>', '×××'];
const headingLines = ['Chapter 12', 'chapter 3: Rain', 'Ch. 5', 'Chap 6', 'Part Two', 'Prologue', 'prolog', 'Epilogue - Later', 'Epilog', 'Interlude', 'Afterword',
  '# Part One', '## The End', '**Chapter 2**', '__Prologue__', '~Interlude~', '=Part 3=', '[Chapter 4]', ']Chapter 4', '<b>Chapter 1</b>', '<p>Prologue</p>'];

/** `line` with its first unit replaced by `c`, and the line itself. */
function* variants(line: string): Generator<string> {
  yield line;
  yield* substitutions(line, [0]);
}

/** `line` with the unit at each of `positions` replaced by every BMP unit but a line end, one at a time. */
function* substitutions(line: string, positions: readonly number[]): Generator<string> {
  for (let c = 0; c < 0x10000; c++) {
    if (c === 0x0a || c === 0x0d) continue;
    const u = String.fromCharCode(c);
    for (const at of positions) yield line.slice(0, at) + u + line.slice(at + 1);
  }
}

test('mayOpenBreak: never false for a line isBreakLine accepts', () => {
  let accepted = 0;
  for (const line of breakLines) {
    for (const v of variants(line)) {
      if (!isBreakLine(v, 0, v.length)) continue;
      accepted++;
      assert.ok(mayOpenBreak(v.charCodeAt(0)), `${JSON.stringify(v)} is a break`);
    }
  }
  assert.ok(accepted > breakLines.length, 'variants that are breaks were tried');
});

test('mayOpenHeading: never false for a line parseHeading accepts', () => {
  let accepted = 0;
  for (const line of headingLines) {
    assert.ok(parseHeading(line, 0, line.length), `${line} is a heading`);
    for (const v of variants(line)) {
      if (!parseHeading(v, 0, v.length)) continue;
      accepted++;
      assert.ok(mayOpenHeading(v.charCodeAt(0)), `${JSON.stringify(v)} is a heading`);
    }
  }
  assert.ok(accepted > headingLines.length, 'variants that are headings were tried');
});

test('keywordPairs: never missing for a line that opens with a letter and parseHeading accepts', () => {
  // The block step reads the first two units of a line that opens with a letter: a heading there opens
  // with a keyword, whatever the case, and the pair must let it through. Each case is tried with its first
  // and with its second unit replaced by every BMP unit.
  const lines = ['Chapter 12', 'CHAPTER 3: Rain', 'cH. 5', 'Chap 6', 'PART Two', 'Prologue', 'pROLOG', 'Epilogue - Later', 'EPILOG', 'Interlude', 'AFTERWORD', 'Ch 7'];
  const pairOf = (v: string) => (((v.charCodeAt(0) | 0x20) << 7) | (v.charCodeAt(1) | 0x20));
  let accepted = 0;
  for (const line of lines) {
    assert.ok(parseHeading(line, 0, line.length), line);
    for (const v of substitutions(line, [0, 1])) {
      if (!/^[A-Za-z]/.test(v) || !parseHeading(v, 0, v.length)) continue;
      accepted++;
      assert.ok(v.charCodeAt(1) < 0x80 && keywordPairs[pairOf(v)] === 1, JSON.stringify(v));
    }
  }
  assert.ok(accepted > lines.length * 2, 'variants that are headings were tried');
  // Story lines that open with a keyword's first letter are let through by their first unit, not by the pair.
  for (const line of ['Inside, it was warm.', 'As if.', 'Every day.', 'Perhaps.', 'Cold.', 'I know.', 'Anyway']) {
    assert.equal(mayOpenHeading(line.charCodeAt(0)), true, line);
    assert.equal(keywordPairs[pairOf(line)], line.startsWith('In') ? 1 : 0, line);
  }
});

test('mayBeDecoratedHeading: never false for a line that opens with decoration and parseHeading accepts', () => {
  // The block step calls parseHeading for a line that opens with decoration only when a tag or a keyword's
  // first two letters follow it: each case is tried with each of its first three units replaced by every BMP unit.
  const lines = ['**Chapter 2**', '__Prologue__', '~Interlude~', '=Part 3=', '[Chapter 4]', ']Chapter 4', '* Chapter 5', '*<b>Chapter 1</b>*', '_ EPILOGUE _', '[[Ch. 9]]', '~*~Part Two~*~'];
  const isDecorationUnit = (c: number) => '*_~=[] \t'.includes(String.fromCharCode(c)) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)) && c !== 0x85);
  let accepted = 0;
  for (const line of lines) {
    assert.ok(parseHeading(line, 0, line.length), line);
    for (const v of substitutions(line, [0, 1, 2])) {
      if (!isDecorationUnit(v.charCodeAt(0)) || !parseHeading(v, 0, v.length)) continue;
      accepted++;
      assert.ok(mayBeDecoratedHeading(v, 0, v.length), JSON.stringify(v));
    }
  }
  assert.ok(accepted > lines.length * 3, 'variants that are headings were tried');
  for (const line of ['*I can\'t,* he thought.', '_Run._', '~Tilde~', '[Redacted]', '**', '* * *', '*Oh*'])
    assert.equal(mayBeDecoratedHeading(line, 0, line.length), false, line);
});

test('notePairs: never missing for a paragraph whose first two units are ASCII and matchNoteMarker accepts', () => {
  // The classify step reads the first two units of a block that may open a note: each case is tried with
  // its first and with its second unit replaced by every BMP unit.
  const notes = ['A/N: thanks', 'a.n. hi', 'AN: hi', 'an - x', "Author's Note: x", 'AUTHORS NOTES - y', 'Author note: z', '**A/N:** z', '*A/N* z',
    '[A/N: w]', '(AN - v)', '__A.N.: u', '* A/N: t', '_ _A/N: s', '[*A/N*] r', '( a/n ) q', '\tA/N: p'];
  let accepted = 0;
  for (const line of notes) {
    assert.ok(matchNoteMarker(line, 0, line.length), line);
    for (const v of substitutions(line, [0, 1])) {
      if (v.charCodeAt(0) >= 0x80 || v.charCodeAt(1) >= 0x80 || !matchNoteMarker(v, 0, v.length)) continue;
      accepted++;
      assert.equal(notePairs[(v.charCodeAt(0) << 7) | v.charCodeAt(1)], 1, JSON.stringify(v));
    }
  }
  assert.ok(accepted > notes.length * 2, 'variants that are notes were tried');
  // Story that opens with a first unit mayOpenNote lets through is mostly ruled out by its second unit.
  for (const line of ['As if.', 'After that.', 'A moment.', 'Always.', '*I can\'t,* he thought.', '(Later.)', '[Redacted]'])
    assert.equal(notePairs[(line.charCodeAt(0) << 7) | line.charCodeAt(1)], 0, line);
});

test('mayOpenBreak and mayOpenHeading say no to the openings of most story lines', () => {
  for (const line of ['He ran.', '"Run!"', '“Run,” she said.', "'Twas late.", 'Nobody moved.', 'Yes.', '(Later.)', '...and then', '12 years']) {
    const c = line.charCodeAt(0);
    assert.equal(mayOpenBreak(c), false, line);
    assert.equal(mayOpenHeading(c), false, line);
  }
  for (const line of ['Chiru ran.', 'Even so.', 'I know.', 'As if.', 'Perhaps.']) assert.equal(mayOpenHeading(line.charCodeAt(0)), true, line);
});

test('heading keywords are found whatever other words share their first letter and length', () => {
  const cases: [string, boolean][] = [
    ['Chapter 1', true], ['Chapters 1', false], ['Chaptery 1', false], ['Ch 2', true], ['Cha 2', false], ['Chap. 3', true], ['Chop 3', false],
    ['Part 4', true], ['Pact 4', false], ['Prolog', true], ['Prologs', false], ['Epilogue', true], ['Epilogues', false],
    ['Interlude', true], ['Interludes', false], ['Afterword', true], ['Afterwords', false], ['Aftermath', false], ['Even so', false],
    ['# Chapter 9', true], ['# Intermezzo', true],
  ];
  for (const [line, heading] of cases) {
    const h = parseHeading(line, 0, line.length);
    assert.equal(h !== undefined, heading, line);
    if (line.startsWith('#')) assert.equal(h?.number, line === '# Chapter 9' ? 9 : undefined, line);
  }
});

test('blocks that open with a note marker or a vote are read as before whatever they open with', () => {
  // The classify step skips matchNoteMarker and openingClass for most first units: every unit that the full
  // checks act on must still reach them.
  for (let c = 0; c < 0x10000; c++) {
    if (c === 0x0a || c === 0x0d) continue;
    const ch = String.fromCharCode(c);
    const note = `${ch}A/N: thanks for reading`;
    if (matchNoteMarker(note, 0, note.length)) {
      const model = parse(`Story.\n\n${note}`);
      assert.equal(model.notes.length, 1, JSON.stringify(note));
    }
    const said = `${ch}Hello there${ch === '"' ? '"' : ''}, she said.`;
    const k = openingClass(said, 0, said.length);
    if (k !== 0 && c > 0x20) {
      const model = parse(said);
      assert.equal(model.dialogue.votes[k], 1, JSON.stringify(said));
    }
  }
});

test('mayOpenNote and mayOpenVote: never false where matchNoteMarker or openingClass finds something', () => {
  const notes = ['A/N: thanks', 'AN: hi', "Author's Note: x", 'Authors Notes - y', '**A/N:** z', '[A/N: w]', '(AN - v)', '__A.N.: u', '* A/N: t'];
  const votes = ['"Hello," she said.', '\u201cHi.\u201d', "'Run,' he said.", '\u00abBonjour\u00bb', '\u201eHallo\u201c', '\u2014Hola.', '-- Hi', '- \u041f\u0440\u0438\u0432\u0435\u0442', '\u300c\u306f\u3044\u300d'];
  let found = 0;
  for (const line of notes) {
    assert.ok(matchNoteMarker(line, 0, line.length), line);
    for (const v of variants(line)) {
      if (!matchNoteMarker(v, 0, v.length)) continue;
      found++;
      assert.ok(mayOpenNote(v.charCodeAt(0)), JSON.stringify(v));
    }
  }
  for (const line of votes) {
    assert.notEqual(openingClass(line, 0, line.length), 0, line);
    for (const v of variants(line)) {
      if (openingClass(v, 0, v.length) === 0) continue;
      found++;
      assert.ok(mayOpenVote(v.charCodeAt(0)), JSON.stringify(v));
    }
  }
  assert.ok(found > notes.length + votes.length);
  for (const c of 'HelloThere12.') assert.equal(mayOpenNote(c.charCodeAt(0)) || mayOpenVote(c.charCodeAt(0)), false, c);
});
