import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LatestRunner } from '../../src/latestRunner';

/** A runner whose turns and runs the test steps by hand: `turn()` runs what was deferred, `finish()` ends the run in flight. */
function harness() {
  const deferred: (() => void)[] = [];
  const finishes: (() => void)[] = [];
  let runs = 0;
  let state = 0;
  const seen: number[] = [];
  const runner = new LatestRunner(
    () => {
      runs++;
      seen.push(state); // the state a run starts from is what it shows
      return new Promise<void>((resolve) => finishes.push(resolve));
    },
    (run) => void deferred.push(run),
  );
  const flush = () => new Promise((r) => setImmediate(r));
  return {
    runner,
    seen,
    get runs() {
      return runs;
    },
    change() {
      state++;
      runner.request();
    },
    get state() {
      return state;
    },
    turn() {
      for (const run of deferred.splice(0)) run();
    },
    async finish() {
      finishes.shift()?.();
      await flush();
    },
  };
}

test('a change is counted on the next turn, not after a quiet period', () => {
  const h = harness();
  h.change();
  assert.equal(h.runs, 0, 'not in the event that asked (the client sends didChange first)');
  h.turn();
  assert.equal(h.runs, 1);
  assert.deepEqual(h.seen, [1]);
});

test('a burst of changes while a count is in flight costs one more count, for the last state', async () => {
  const h = harness();
  h.change();
  h.turn();
  for (let k = 0; k < 20; k++) h.change();
  h.turn();
  assert.equal(h.runs, 1, 'never two in flight');
  await h.finish();
  h.turn();
  assert.equal(h.runs, 2, 'exactly one follow-up');
  assert.deepEqual(h.seen, [1, h.state], 'the follow-up starts from the last change');
  await h.finish();
  h.turn();
  assert.equal(h.runs, 2, 'nothing changed since: no more counts');
});

test('changes in the same turn are one count; a failed run does not stop the next', async () => {
  const deferred: (() => void)[] = [];
  let runs = 0;
  const runner = new LatestRunner(
    () => {
      runs++;
      return Promise.reject(new Error('server restarting'));
    },
    (run) => void deferred.push(run),
  );
  runner.request();
  runner.request();
  for (const run of deferred.splice(0)) run();
  await new Promise((r) => setImmediate(r));
  assert.equal(runs, 1);
  runner.request();
  for (const run of deferred.splice(0)) run();
  await new Promise((r) => setImmediate(r));
  assert.equal(runs, 2);
  runner.dispose();
  runner.request();
  assert.equal(deferred.length, 0, 'disposed: nothing scheduled');
});
