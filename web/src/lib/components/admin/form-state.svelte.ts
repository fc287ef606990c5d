/**
 * The state every admin form keeps while saving: sending (the submit is disabled), the API's failure (shown
 * next to its field and in the summary), and a stale version (412: someone else changed the record first).
 * A form that builds its update with `body(read, mine)` keeps what the user typed after a 412 and offers
 * Reload or Save mine anyway (FormFeedback's notice); any other write reloads the page's data at once, so
 * that it shows the latest version.
 */
import { tick } from 'svelte';
import { invalidateAll } from '$app/navigation';
import type { ApiError } from '$lib/api-errors';
import { isStale } from '$lib/admin';
import { SaveConflict } from '$lib/components/form/conflict.svelte';
import { asApiError, errorFor } from '$lib/forms';

type SubmitOptions = { done?: string; onStale?: () => void; reload?: boolean };

export class FormState {
  error = $state<ApiError | null>(null);
  sending = $state(false);
  stale = $state(false);
  /** With `stale`, for a form that can reapply: the 412, whose `current` is the record as it is now. */
  conflict = $state.raw<ApiError | null>(null);
  /** A short confirmation after a save, announced politely. */
  done = $state<string | null>(null);
  readonly versions = new SaveConflict();
  #lastOptions: SubmitOptions = {};

  /** The body of an update to `read`: see SaveConflict.body. */
  body<T extends object>(read: { version: number }, mine: T): T & { version: number } {
    return this.versions.body(read, mine);
  }

  /**
   * Runs a save: on success reloads the page's data and says `doneMessage`. On a stale version, a form that
   * used `body` keeps the user's fields and shows the conflict; any other reloads and calls `onStale` (to
   * reset the fields to the new version). Any other failure is kept as the error.
   */
  async submit(action: () => Promise<unknown>, options: SubmitOptions = {}): Promise<boolean> {
    this.#lastOptions = options;
    this.sending = true;
    this.error = null;
    this.stale = false;
    this.conflict = null;
    this.done = null;
    this.versions.read = null;
    try {
      await action();
      this.versions.clear();
      if (options.reload !== false) await invalidateAll();
      this.done = options.done ?? null;
      return true;
    } catch (thrown) {
      const error = asApiError(thrown);
      if (isStale(error)) {
        this.stale = true;
        if (this.versions.read) this.conflict = error;
        else await this.#reloadAfterStale(options);
      } else {
        this.error = error;
      }
      return false;
    } finally {
      this.sending = false;
    }
  }

  async #reloadAfterStale(options: SubmitOptions) {
    this.versions.clear();
    await invalidateAll();
    await tick();
    options.onStale?.();
  }

  /** Reload (discard mine): the latest version replaces what the user typed. ("Save mine anyway" is the form's own submit.) */
  async reload() {
    this.conflict = null;
    await this.#reloadAfterStale(this.#lastOptions);
  }

  /** The message for one field, when the API named it. */
  errorOf(field: string): string | null {
    return errorFor(this.error, field);
  }

  reset() {
    this.error = null;
    this.stale = false;
    this.conflict = null;
    this.done = null;
  }
}
