import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // SvelteKit's build runs its server bundle once (to write the fallback page). The repo root hoists the API's
  // cookie@2 (a different API), so kit's own cookie@0.6 is bundled in rather than resolved from the root.
  ssr: { noExternal: ['cookie'] },
  // The build's own timing report is noise at this size (most of the time is SvelteKit writing files).
  build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  server: {
    port: 5173,
    // In development the API runs separately (npm run dev, port 3000); the browser still sees one origin.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
