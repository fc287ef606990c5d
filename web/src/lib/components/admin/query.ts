/** Filters live in the URL: a list changes its query (replacing the history entry) and SvelteKit reloads. */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { queryWith } from '$lib/admin';

export function setQuery(patch: Record<string, string | null | undefined>, options: { push?: boolean } = {}): Promise<void> {
  return goto(`${page.url.pathname}${queryWith(page.url.searchParams, patch)}`, {
    keepFocus: true,
    noScroll: true,
    replaceState: !options.push,
  });
}
