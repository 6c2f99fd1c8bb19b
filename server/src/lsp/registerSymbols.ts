/** STUB — owned by issue 5 (counts, folding, outline). */
import type { Feature } from './context';

export const symbolsFeature: Feature = {
  register() {},
};
