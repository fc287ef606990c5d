import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // SvelteKit's build runs its server bundle once (to write the fallback page). The repo root hoists the API's
  // cookie@2 (a different API), so kit's own cookie@0.6 is bundled in rather than resolved from the root.
  ssr: { noExternal: ['cookie'] },
  // The build's own timing report is noise at this size (most of the time is SvelteKit writing files).
  build: {
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: {
        // Served over HTTP/1.1, a browser fetches six files at a time; the progress page's first view was 35
        // files (many under 1 KB), loaded in rounds after the entry. One chunk for the runtime (Svelte and
        // SvelteKit, which every page loads) and one for the lib modules most pages share bring it to 24
        // files of the same gzip size, and its code arrives ~100 ms sooner (docs/performance.md).
        codeSplitting: {
          groups: [
            { name: 'runtime', test: /node_modules\/(svelte|@sveltejs|esm-env|devalue|clsx)\//, priority: 20 },
            { name: 'shared', test: /src\/lib\//, minShareCount: 16, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // In development the API runs separately (npm run dev, port 3000); the browser still sees one origin.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
