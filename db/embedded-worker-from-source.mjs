// Starts the embedded database's worker from its TypeScript source (tests, `npm run dev`). Node 20 does not
// pass `--import tsx` on to worker threads, so the worker registers tsx's loader itself first. The build
// compiles embedded-worker.ts to JavaScript and starts that instead.
import { register } from 'tsx/esm/api';

register();
await import('./embedded-worker.ts');
