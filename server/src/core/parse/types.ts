/** Internal shapes shared by the parse steps (not part of the public model). */
import type { ParagraphKind } from '../model';
import type { HeadingInfo } from './headings';

/**
 * A paragraph while the parse classifies it: a run of non-blank lines, or a heading or break line split
 * off on its own. `line0..line1` index into `Lines`.
 */
export interface Block {
  start: number;
  end: number;
  line0: number;
  line1: number;
  kind: ParagraphKind;
  heading?: HeadingInfo;
}
