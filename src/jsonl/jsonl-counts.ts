import { addCounts } from '../engine/records.js';

/** Why records went through untouched, counted for --stats. */
export class JsonlCounts {
  records = 0;
  missing = 0;
  null = 0;
  notString = 0;
  invalid = 0;
  blank = 0;
  /** Longer than maxRecordBytes, passed through unread (with onInvalid 'pass'). */
  oversized = 0;
  /** The field holds an unpaired surrogate escape (`\ud800`), which no UTF-8 text can carry through cleaning. */
  loneSurrogate = 0;

  /** @internal Adds another's counts: a batch's, which a worker sends as a plain copy without methods. */
  add(other: JsonlCounts): void {
    addCounts(this, other);
  }
}
