/** STUB — owned by issue 3 (highlighting). */
import type { Feature } from './context';

export const semanticTokensFeature: Feature = {
  register() {},
};
