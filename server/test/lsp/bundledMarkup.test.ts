/**
 * The bundles load the HTML tokenizer and entity tables (parse5, entities) on first use, through stand-ins
 * made by scripts/build.mjs: the bundled server counts text with markup exactly as core does in-process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines, startServer } from './harness';
import { parse } from '../../src/core/parse/parse';
import { countModel } from '../../src/cli/counts';

const uri = 'file:///tmp/markup/story.fic';

test('the bundled server counts a fic with tags, entities, comments and a script as core does', async () => {
  const text = lines(
    'Title: A <b>Test</b> &amp; More',
    'Summary: She said <i>hi</i> &hearts; and left.',
    '',
    'Chapter 1',
    '',
    'She <em>ran</em>&mdash;fast. <!-- a note to self --> It was &copy; twenty|twenty <script>var x;</script> done.',
    '',
    'Rain on the <span class="x">roof</span>, and then <br/>quiet.',
  );
  const want = countModel(parse(text));
  const server = await startServer();
  try {
    server.open(uri, text);
    const got = (await server.connection.sendRequest('fic/wordCount', { textDocument: { uri } })) as { story: number; total: number };
    assert.equal(got.story, want.story);
    assert.equal(got.total, want.total);
    assert.ok(want.story > 10, `story words: ${want.story}`);
  } finally {
    assert.equal(await server.stop(), 0);
  }
});
