/**
 * The state every admin form keeps while saving: sending (the submit is disabled), the API's failure (shown
 * next to its field and in the summary), and a stale version (409: someone else changed the record first),
 * after which the page's data is reloaded so that the form can show the latest version.
 */
import { tick } from 'svelte';
import { invalidateAll } from '$app/navigation';
import type { ApiError } from '$lib/api-errors';
import { isStale } from '$lib/admin';
import { asApiError, errorFor } from '$lib/forms';

export class FormState {
  error = $state<ApiError | null>(null);
  sending = $state(false);
  stale = $state(false);
  /** A short confirmation after a save, announced politely. */
  done = $state<string | null>(null);

  /**
   * Runs a save: on success reloads the page's data and says `doneMessage`; on a stale version reloads and
   * calls `onStale` (to reset the fields to the new version); on any other failure keeps the error.
   */
  async submit(action: () => Promise<unknown>, options: { done?: string; onStale?: () => void; reload?: boolean } = {}): Promise<boolean> {
    this.sending = true;
    this.error = null;
    this.stale = false;
    this.done = null;
    try {
      await action();
      if (options.reload !== false) await invalidateAll();
      this.done = options.done ?? null;
      return true;
    } catch (thrown) {
      const error = asApiError(thrown);
      if (isStale(error)) {
        this.stale = true;
        await invalidateAll();
        await tick();
        options.onStale?.();
      } else {
        this.error = error;
      }
      return false;
    } finally {
      this.sending = false;
    }
  }

  /** The message for one field, when the API named it. */
  errorOf(field: string): string | null {
    return errorFor(this.error, field);
  }

  reset() {
    this.error = null;
    this.stale = false;
    this.done = null;
  }
}
