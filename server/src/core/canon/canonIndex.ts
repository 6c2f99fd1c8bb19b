/**
 * STUB — owned by the canon work (issue 4): the index of canon names and terms that the canon check,
 * completion and hover query. Replaced wholesale by that work.
 */
export class CanonIndex {
  /** An index with no entries. */
  static empty(): CanonIndex {
    return new CanonIndex();
  }
}
