import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/core/parse/parse';
import { validatePostingLimits } from '../../src/core/features/postingLimits';
import { exportForAo3 } from '../../src/core/export/ao3';

const paragraph = '"Come in," she said, and the rain did not stop. The rain fell on the roof and she kept writing.';

test('a chapter whose words alone pass 510,000 characters is over for certain, reported without rendering it', () => {
  const text = `The Long Roof\nSummary: Long.\n\nChapter 1: All of it\n\n${Array(9000).fill(paragraph).join('\n\n')}\n`;
  const lints = validatePostingLimits(parse(text)).filter((l) => l.code === 'ao3.posting-limit');
  assert.equal(lints.length, 1);
  assert.equal(text.slice(lints[0]!.start, lints[0]!.end), 'Chapter 1: All of it');
  assert.match(lints[0]!.message, /^Chapter 1's text, as posted HTML, is over 510,000 characters \(its words alone are [\d,]+\)/);
  // The export, which renders it, agrees that it is over.
  assert.ok(exportForAo3(parse(text)).problems.some((p) => p.code === 'ao3.posting-limit' && /Chapter 1's text/.test(p.message)));
});

test('a long chapter near the limit is measured exactly: under it, no lint', () => {
  const text = `The Long Roof\nSummary: Long.\n\nChapter 1: Most of it\n\n${Array(4000).fill(paragraph).join('\n\n')}\n`;
  assert.ok(text.length > 300_000 && text.length < 510_000);
  assert.deepEqual(validatePostingLimits(parse(text)).filter((l) => l.code === 'ao3.posting-limit'), []);
});
