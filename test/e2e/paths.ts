import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_BUILD = fileURLToPath(new URL('../../web/build', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots', import.meta.url));
