import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypingPause, type Cancellation, type Clock } from '../../src/typingPause';

/** A clock run by hand: `advance(ms)` fires the timers that fall due, in order. */
class HandClock implements Clock {
  t = 1_000_000;
  private timers: { at: number; fn: () => void; live: boolean }[] = [];
  now(): number {
    return this.t;
  }
  after(ms: number, fn: () => void): () => void {
    const timer = { at: this.t + ms, fn, live: true };
    this.timers.push(timer);
    return () => void (timer.live = false);
  }
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => x.live && x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.t = due.at;
      due.live = false;
      due.fn();
      await flush();
    }
    this.t = end;
    await flush();
  }
}

const flush = () => new Promise((r) => setImmediate(r));

class Token implements Cancellation {
  isCancellationRequested = false;
  private listeners: (() => void)[] = [];
  onCancellationRequested(listener: () => void) {
    this.listeners.push(listener);
    return { dispose: () => void (this.listeners = this.listeners.filter((l) => l !== listener)) };
  }
  cancel() {
    this.isCancellationRequested = true;
    for (const l of this.listeners) l();
  }
}

/** A document: its URI, its version and the pause it reports changes to. */
function setup(quietMs = 300) {
  const clock = new HandClock();
  const pause = new TypingPause(quietMs, clock);
  const uri = 'file:///w/long.fic';
  let version = 1;
  const type = () => {
    version++;
    pause.changed(uri);
  };
  /** Asks, and records when and how the answer came. */
  const ask = (token = new Token()) => {
    const result: { value?: boolean; at?: number } = {};
    void pause.settled(uri, () => version, token).then((v) => {
      result.value = v;
      result.at = clock.now();
    });
    return result;
  };
  return { clock, pause, uri, type, ask };
}

test('a document that has not changed is asked about at once', async () => {
  const { ask, pause } = setup();
  const r = ask();
  await flush();
  assert.deepEqual(r.value, true);
  assert.equal(pause.waiters, 0);
});

test('a document last changed longer ago than the pause is asked about at once', async () => {
  const { ask, type, clock } = setup();
  type();
  await clock.advance(300);
  const r = ask();
  await flush();
  assert.equal(r.value, true);
});

test('an ask in the middle of typing waits for the pause, counted from the last key', async () => {
  const { ask, type, clock } = setup();
  type();
  await clock.advance(120);
  const start = clock.now();
  const r = ask();
  await clock.advance(179);
  assert.equal(r.value, undefined, 'still waiting 299 ms after the key');
  await clock.advance(1);
  assert.equal(r.value, true);
  assert.equal(r.at! - start, 180, 'answered 300 ms after the last key');
});

test('a key while an ask waits cancels it at once, and the next ask after a pause goes through', async () => {
  const { ask, type, clock, pause } = setup();
  type();
  const first = ask();
  await clock.advance(100);
  type();
  await flush();
  assert.equal(first.value, false, 'the document changed: VS Code must ask again');
  assert.equal(first.at, clock.now(), 'cancelled when the key came, not at the end of the wait');
  assert.equal(pause.waiters, 0);
  // Keys every 100 ms: every ask is cancelled; once they stop, the next ask waits out the pause and goes.
  const asks = [];
  for (let i = 0; i < 5; i++) {
    asks.push(ask());
    await clock.advance(100);
    type();
    await flush();
  }
  assert.deepEqual(asks.map((a) => a.value), [false, false, false, false, false]);
  const last = ask();
  await clock.advance(300);
  assert.equal(last.value, true);
  assert.deepEqual(pause.counts, { asked: 1, held: 6 });
});

test('a cancelled token ends the wait with false', async () => {
  const { ask, type, clock, pause } = setup();
  type();
  const token = new Token();
  const r = ask(token);
  await clock.advance(50);
  token.cancel();
  await flush();
  assert.equal(r.value, false);
  assert.equal(pause.waiters, 0);
});

test('changes to another document do not hold this one', async () => {
  const { ask, clock, pause } = setup();
  pause.changed('file:///w/other.fic');
  const r = ask();
  await flush();
  assert.equal(r.value, true);
  await clock.advance(1);
});

test('closing forgets the document; dispose wakes the waiters', async () => {
  const { ask, type, clock, pause, uri } = setup();
  type();
  pause.closed(uri);
  const r = ask();
  await flush();
  assert.equal(r.value, true, 'a closed and reopened document starts with no pause to wait for');
  type();
  const waiting = ask();
  await clock.advance(10);
  pause.dispose();
  await flush();
  assert.equal(waiting.value, true, 'no change came: the ask goes through');
  assert.equal(pause.waiters, 0);
});
