import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../src/restartPolicy';

test('a crashing server is restarted and the writer told once', () => {
  const policy = new RestartPolicy(3, 60_000);
  const decisions = [0, 1000, 2000].map((t) => policy.onClosed(t));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true]);
  assert.equal(decisions.filter((d) => d.notify).length, 1, 'one message for three restarts');
});

test('too many crashes in the window: give up, and say so once', () => {
  const policy = new RestartPolicy(2, 60_000);
  const decisions = [0, 10, 20, 30, 40].map((t) => policy.onClosed(t));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, false, false, false]);
  assert.match(decisions[2]!.notify ?? '', /not restarted/);
  assert.equal(decisions[3]!.notify, undefined);
  assert.equal(decisions[4]!.notify, undefined);
});

test('crashes far apart keep being restarted, quietly', () => {
  const policy = new RestartPolicy(2, 60_000);
  const decisions = [0, 100_000, 200_000, 300_000].map((t) => policy.onClosed(t));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true]);
  assert.equal(decisions.filter((d) => d.notify).length, 1);
});

test('a manual restart lets the policy restart (and warn about giving up) again', () => {
  const policy = new RestartPolicy(1, 60_000);
  policy.onClosed(0);
  assert.equal(policy.onClosed(1).restart, false);
  policy.reset();
  assert.equal(policy.onClosed(2).restart, true);
  const gaveUp = policy.onClosed(3);
  assert.equal(gaveUp.restart, false);
  assert.match(gaveUp.notify ?? '', /not restarted/);
});
