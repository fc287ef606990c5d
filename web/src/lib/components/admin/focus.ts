/** After an inline editor closes, focus goes back to the button that opened it, so keyboard users keep their place. */
import { tick } from 'svelte';

export async function focusById(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
