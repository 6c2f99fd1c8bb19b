/** The writing history: days in the writer's time zone, typing vs paste, several windows, clocks set back. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayKey, isDayKey, weekday } from '../../src/history/days';
import { maxStamp, mergeWork, readLog, type SessionLog } from '../../src/history/log';
import { PASTE_CHARS, Recorder, type EditSize } from '../../src/history/recorder';
import { readGoals, summarize } from '../../src/history/summary';
import { historyCsv, historyJson } from '../../src/history/exportHistory';

const WORK = 'file:///fics/roof.fic';
const ms = (iso: string) => Date.parse(iso);
const typing: EditSize[] = [{ inserted: 1, removed: 0 }];
const paste = (chars: number): EditSize[] => [{ inserted: chars, removed: 0 }];

/** A recorder in `tz` whose document starts at `story` words (version 1). */
function recorder(tz = 'UTC', story = 100, session = 'A') {
  const r = new Recorder(session, () => tz);
  r.count(WORK, 'roof.fic', 1, story, ms('2026-03-01T10:00:00Z'));
  return r;
}

const days = (r: Recorder | SessionLog[]) => mergeWork(r instanceof Recorder ? [r.log] : r, WORK).map((d) => [d.day, d.words, d.added, d.deleted, d.pasted, d.cut]);

test('days: the same instant is a different day in different time zones', () => {
  const cases: [string, string, string][] = [
    ['2026-03-01T23:30:00Z', 'UTC', '2026-03-01'],
    ['2026-03-01T23:30:00Z', 'Europe/Paris', '2026-03-02'],
    ['2026-03-01T23:30:00Z', 'America/New_York', '2026-03-01'],
    ['2026-03-02T03:30:00Z', 'America/New_York', '2026-03-01'], // 22:30 the evening before
    ['2026-03-01T11:30:00Z', 'Pacific/Auckland', '2026-03-02'], // UTC+13 in (southern) summer
    ['2026-03-08T06:59:00Z', 'America/Los_Angeles', '2026-03-07'], // the night clocks spring forward
    ['2026-03-08T08:01:00Z', 'America/Los_Angeles', '2026-03-08'],
  ];
  for (const [instant, tz, day] of cases) assert.equal(dayKey(ms(instant), tz), day, `${instant} in ${tz}`);
});

test('days: calendar arithmetic and checks', () => {
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2026-01-01', -1), '2025-12-31');
  assert.equal(weekday('2026-12-03'), 4); // a Thursday
  assert.deepEqual(['2026-02-29', '2024-02-29', '2026-13-01', '26-1-1', 'today'].map(isDayKey), [false, true, false, false, false]);
});

test('recorder: typed words and deletions go to the day; the first count is only a baseline', () => {
  const r = recorder();
  assert.deepEqual(days(r), [], 'a baseline records nothing');
  r.noteEdits(WORK, 2, typing);
  r.count(WORK, 'roof.fic', 2, 103, ms('2026-03-01T10:01:00Z'));
  r.noteEdits(WORK, 3, [{ inserted: 0, removed: 6 }]);
  r.count(WORK, 'roof.fic', 3, 102, ms('2026-03-01T10:02:00Z'));
  assert.deepEqual(days(r), [['2026-03-01', 2, 3, 1, 0, 0]]);
  assert.deepEqual(r.sessionWords(WORK), { added: 3, deleted: 1, words: 2 });
});

test(`recorder: one change of more than ${PASTE_CHARS} characters is a paste or a cut, not writing`, () => {
  const r = recorder();
  r.noteEdits(WORK, 2, paste(PASTE_CHARS + 1));
  r.count(WORK, 'roof.fic', 2, 2100, ms('2026-03-01T11:00:00Z'));
  r.noteEdits(WORK, 3, [{ inserted: 0, removed: 12_000 }]); // the whole chapter deleted
  r.count(WORK, 'roof.fic', 3, 100, ms('2026-03-01T11:01:00Z'));
  r.noteEdits(WORK, 4, paste(PASTE_CHARS)); // at the cap: still typing (a long completion)
  r.count(WORK, 'roof.fic', 4, 130, ms('2026-03-01T11:02:00Z'));
  // A replace-all: many small changes in one event add up.
  r.noteEdits(WORK, 5, Array.from({ length: 50 }, () => ({ inserted: 5, removed: 5 })));
  r.count(WORK, 'roof.fic', 5, 180, ms('2026-03-01T11:03:00Z'));
  assert.deepEqual(days(r), [['2026-03-01', 30, 30, 0, 2000 + 50, 2000]]);
  assert.equal(r.sessionWords(WORK).words, 30);
});

test('recorder: a count with no edit seen (a setting changed how words count) records nothing; stale answers are ignored', () => {
  const r = recorder();
  r.count(WORK, 'roof.fic', 1, 140, ms('2026-03-01T10:01:00Z'));
  r.noteEdits(WORK, 2, typing);
  r.noteEdits(WORK, 3, typing);
  r.count(WORK, 'roof.fic', 3, 142, ms('2026-03-01T10:02:00Z'));
  r.count(WORK, 'roof.fic', 2, 141, ms('2026-03-01T10:03:00Z')); // answered late, for an older version
  assert.deepEqual(days(r), [['2026-03-01', 2, 2, 0, 0, 0]]);
});

test('recorder: edits after the counted version wait for the next count', () => {
  const r = recorder();
  r.noteEdits(WORK, 2, typing);
  r.noteEdits(WORK, 3, paste(5000)); // pasted after the request for version 2 went out
  r.count(WORK, 'roof.fic', 2, 101, ms('2026-03-01T10:01:00Z'));
  r.count(WORK, 'roof.fic', 3, 900, ms('2026-03-01T10:01:01Z'));
  assert.deepEqual(days(r), [['2026-03-01', 1, 1, 0, 799, 0]]);
});

test("recorder: words typed either side of the writer's midnight go to two days", () => {
  const r = recorder('America/New_York');
  r.noteEdits(WORK, 2, typing);
  r.count(WORK, 'roof.fic', 2, 110, ms('2026-03-02T04:59:00Z')); // 23:59 in New York
  r.noteEdits(WORK, 3, typing);
  r.count(WORK, 'roof.fic', 3, 125, ms('2026-03-02T05:01:00Z')); // 00:01
  assert.deepEqual(days(r), [['2026-03-01', 10, 10, 0, 0, 0], ['2026-03-02', 15, 15, 0, 0, 0]]);
});

test('recorder: a clock set back files words under the day it says, and loses none', () => {
  const r = recorder();
  r.noteEdits(WORK, 2, typing);
  r.count(WORK, 'roof.fic', 2, 120, ms('2026-03-05T09:00:00Z'));
  r.noteEdits(WORK, 3, typing);
  r.count(WORK, 'roof.fic', 3, 127, ms('2026-03-04T09:00:00Z')); // the clock went back a day
  r.noteEdits(WORK, 4, typing);
  r.count(WORK, 'roof.fic', 4, 130, ms('2026-03-05T09:05:00Z'));
  assert.deepEqual(days(r), [['2026-03-04', 7, 7, 0, 0, 0], ['2026-03-05', 23, 23, 0, 0, 0]]);
  assert.equal(r.sessionWords(WORK).words, 30);
});

test('several windows on one work: their logs add up, in any order, and nothing is overwritten', () => {
  const a = recorder('UTC', 100, 'A');
  const b = recorder('UTC', 100, 'B');
  a.noteEdits(WORK, 2, typing);
  a.count(WORK, 'roof.fic', 2, 140, ms('2026-03-01T12:00:00Z'));
  b.noteEdits(WORK, 2, typing);
  b.count(WORK, 'roof.fic', 2, 125, ms('2026-03-01T12:00:00Z'));
  b.noteEdits(WORK, 3, typing);
  b.count(WORK, 'roof.fic', 3, 135, ms('2026-03-02T08:00:00Z'));
  // Each window saves its own log; the history is their merge, whatever order they are read in.
  const saved = [a.log, b.log].map((l) => readLog(JSON.stringify(l), 'x').log);
  assert.deepEqual(days(saved), [['2026-03-01', 65, 65, 0, 0, 0], ['2026-03-02', 10, 10, 0, 0, 0]]);
  assert.deepEqual(days([...saved].reverse()), days(saved));
});

test('a correction: the latest stamp wins across windows, and words typed later that day still count', () => {
  const a = recorder('UTC', 100, 'A');
  a.noteEdits(WORK, 2, paste(3000));
  a.count(WORK, 'roof.fic', 2, 600, ms('2026-03-01T12:00:00Z'));
  a.noteEdits(WORK, 3, typing);
  a.count(WORK, 'roof.fic', 3, 650, ms('2026-03-01T12:10:00Z'));
  const b = new Recorder('B', () => 'UTC');
  // The writer says the paste was their own writing from paper: the day had 550 words.
  const merged = () => mergeWork([a.log, b.log], WORK).find((d) => d.day === '2026-03-01');
  b.correct(WORK, 'roof.fic', '2026-03-01', 550, merged(), maxStamp([a.log, b.log]) + 1);
  assert.equal(merged()!.words, 550);
  assert.equal(merged()!.corrected, true);
  a.noteEdits(WORK, 4, typing);
  a.count(WORK, 'roof.fic', 4, 660, ms('2026-03-01T12:20:00Z'));
  assert.equal(merged()!.words, 560, 'typing after the correction adds to it');
  // Window A, whose clock is behind, corrects again later: a higher stamp, so it wins.
  a.correct(WORK, 'roof.fic', '2026-03-01', 60, merged(), maxStamp([a.log, b.log]) + 1);
  assert.equal(merged()!.words, 60);
  assert.equal(mergeWork([b.log, a.log], WORK).find((d) => d.day === '2026-03-01')!.words, 60);
});

test('a stored log read back: what is malformed is dropped and said, the rest kept', () => {
  const json = JSON.stringify({
    format: 1,
    session: 'S',
    works: {
      [WORK]: { label: 'roof.fic', days: { '2026-03-01': { added: 5, deleted: -3, pasted: 'x', cut: 1e99 }, yesterday: { added: 1 } } },
      broken: { label: 'x' },
    },
  });
  const { log, problems } = readLog(json, 'fallback');
  assert.deepEqual(log.works[WORK]!.days, { '2026-03-01': { added: 5, deleted: 0, pasted: 0, cut: 10_000_000 } });
  assert.deepEqual(problems, [`work ${WORK}: bad day yesterday`, 'work broken: no days']);
  assert.deepEqual(readLog('{not json', 'F').log, { format: 1, session: 'F', works: {} });
  assert.deepEqual(readLog('[1,2]', 'F').problems, ['not a writing-history log (format 1)']);
});

function historyOf(words: Record<string, number>) {
  return Object.entries(words).map(([day, w]) => ({ day, words: w, added: Math.max(0, w), deleted: Math.max(0, -w), pasted: 0, cut: 0, corrected: false }));
}

test('streak: days in a row with the goal met, up to today or, while today is not met yet, yesterday', () => {
  const h = historyOf({ '2026-02-25': 600, '2026-02-26': 100, '2026-02-27': 500, '2026-02-28': 700, '2026-03-01': 200 });
  assert.equal(summarize(h, '2026-03-01', { daily: 500 }, 0, 0).streak, 2, "today's 200 does not end it yet");
  assert.equal(summarize(h, '2026-03-02', { daily: 500 }, 0, 0).streak, 0, 'a day missed ends it');
  assert.equal(summarize(h, '2026-03-01', {}, 0, 0).streak, 5, 'no goal: any day with words');
  const p = summarize(h, '2026-03-01', { daily: 150 }, 0, 42);
  assert.deepEqual([p.streak, p.todayWords, p.sessionWords, p.year.length, p.year[364]!.day, p.year[0]!.day], [3, 200, 42, 365, '2026-03-01', '2025-03-02']);
});

test('deadline: words per day still needed, today included', () => {
  const d = (today: string, story: number) => summarize([], today, { deadline: { date: '2026-11-30', target: 50_000 } }, story, 0).deadline;
  assert.deepEqual(d('2026-11-01', 0), { date: '2026-11-30', target: 50_000, daysLeft: 30, remaining: 50_000, perDay: 1667 });
  assert.deepEqual(d('2026-11-30', 49_000), { date: '2026-11-30', target: 50_000, daysLeft: 1, remaining: 1000, perDay: 1000 });
  assert.deepEqual(d('2026-12-01', 49_000), { date: '2026-11-30', target: 50_000, daysLeft: 0, remaining: 1000, perDay: 1000 });
  assert.equal(d('2026-11-10', 51_000)!.perDay, 0);
});

test('goals from settings: bad values are said, not used', () => {
  assert.deepEqual(readGoals(500, { date: '2026-11-30', target: 50000 }), { goals: { daily: 500, deadline: { date: '2026-11-30', target: 50000 } }, problems: [] });
  assert.deepEqual(readGoals(null, null), { goals: {}, problems: [] });
  const bad = readGoals(-3, { date: 'November', target: 50000 });
  assert.deepEqual(bad.goals, {});
  assert.equal(bad.problems.length, 2);
});

test('export: CSV with quoted fields and a header row; JSON with the time zone', () => {
  const works = [{ id: WORK, label: 'Roof, "the" fic', days: historyOf({ '2026-03-01': 12 }) }];
  assert.equal(historyCsv(works), `work,label,day,words,added,deleted,pasted,cut,corrected\r\n${WORK},"Roof, ""the"" fic",2026-03-01,12,12,0,0,0,false\r\n`);
  const json = JSON.parse(historyJson(works, new Date('2026-03-02T00:00:00Z'), 'Europe/Paris'));
  assert.deepEqual([json.exported, json.timeZone, json.works[0].days[0].words], ['2026-03-02T00:00:00.000Z', 'Europe/Paris', 12]);
});
