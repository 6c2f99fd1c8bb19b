/** STUB — owned by issue 4 (canon). */
import type { Feature } from './context';

export const canonFeature: Feature = {
  register() {},
};
