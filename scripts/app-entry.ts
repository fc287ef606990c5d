/**
 * The app's two ways to start, for what starts it as a process (the bench, the system tests): through tsx as in
 * development, or the prebuilt bundle that `npm start` and the Dockerfile run (`scripts/build.ts`).
 */
export type AppEntry = 'tsx' | 'bundle';

/** Node's arguments for each, run from the repository's root. */
export const appArgs = (entry: AppEntry): string[] => (entry === 'bundle' ? ['dist/main.js'] : ['--import', 'tsx', 'server/main.ts']);
