/**
 * "Save mine anyway", once for every edit form: a form builds each update body with `body(read, mine)`;
 * after a 412 the user either reloads (discarding theirs) or accepts the other person's version, and the
 * next body then carries only the fields they changed, made from that version.
 */
import { type ApiError, currentVersion } from '$lib/api-errors';
import { reapplyBody } from '$lib/conflict';

export class SaveConflict {
  /** The version to save over, once "Save mine anyway" was chosen; null: the version read. */
  over = $state<number | null>(null);
  /** The record the last body was made from, for the notice's "what they changed". */
  read = $state.raw<object | null>(null);

  /** The update body: all of mine from the version read, or after "Save mine anyway" my changes from theirs. */
  body<T extends object>(read: { version: number }, mine: T): T & { version: number } {
    this.read = read;
    return this.over === null ? { ...mine, version: read.version } : reapplyBody(mine, read, this.over);
  }

  /** Takes the version a 412 carries as the one to save over; false when it carries none (reload instead). */
  accept(error: ApiError | null): boolean {
    const version = currentVersion(error);
    if (version === null) return false;
    this.over = version;
    return true;
  }

  /** After a save landed or a reload: the next edit starts from what is read again. */
  clear() {
    this.over = null;
  }
}
