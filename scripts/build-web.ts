/**
 * Builds the dashboard into web/build (vite and SvelteKit's static adapter), which the server serves beside the
 * API. Its inputs are everything under web/ but what a build or an install writes there.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { filesUnder } from './build-stamp.ts';

export const WEB_OUTPUT = 'web/build/index.html';

const written = new Set(['build', '.svelte-kit', 'node_modules']);

export function webInputs(root: string): string[] {
  return [...filesUnder(root, 'web', written), 'package-lock.json', 'scripts/build-web.ts'];
}

export function buildWeb(root: string): void {
  // Run from web/, as `vite build` would be: SvelteKit finds svelte.config.js in the working folder. (vite's
  // package does not export its bin, hence the path.)
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build'], { cwd: path.join(root, 'web'), stdio: 'inherit' });
}
