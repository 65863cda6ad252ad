import { addCounts } from '../engine/records.js';

/** Why records went through untouched, counted for --stats. */
export class JsonlCounts {
  /** Records read: lines that parsed as JSON. */
  records = 0;
  /** The field is absent. */
  missing = 0;
  /** The field is JSON null. */
  null = 0;
  /** The field holds a number, boolean, object or array. */
  notString = 0;
  /** Not valid JSON, written through (with onInvalid 'pass'). */
  invalid = 0;
  /** Blank lines, written through. */
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
