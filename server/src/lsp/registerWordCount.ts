/** STUB — owned by issue 5 (counts). */
import type { Feature } from './context';

export const wordCountFeature: Feature = {
  register() {},
};
