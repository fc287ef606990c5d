# Multi-stage: dependencies and both builds in one stage, a slim runtime as a non-root user.
# Node 24 (LTS until April 2028): Node 20 reached end of life in April 2026, and Node 22's ends in April 2027.
# The minor is pinned (its patch releases still come in); .ci/run runs the test suites on the same Node 24
# (NODE_LTS_VERSION there) as well as on the machine's Node 20, and test/system/image-files.test.ts checks that
# the two agree.
FROM node:24.22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web \
 && npm run build:server \
 && npm prune --omit=dev \
 && rm -rf node_modules/.cache

FROM node:24.22-bookworm-slim AS runtime
# CODE_CACHE_DIR: the server's V8 code cache (scripts/server-loader.ts) goes where the app may write, since /app
# is read-only to the user it runs as; /tmp is the container's own, emptied when the container is made anew.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data CODE_CACHE_DIR=/tmp/tracker-code-cache
WORKDIR /app
# The server prebuilt and bundled with its packages (npm run build:server) starts faster than tsx compiling the
# sources; node_modules stays for PGlite and swagger-ui (loaded from their folders) and for the CLIs (npm run
# user:create, db:migrate, backup: tsx is a dependency). Copied without --chown: the files stay root's, readable
# and not writable by the user the app runs as, so a compromised process cannot change the code it runs.
COPY --from=build /app /app
# The one writable place: the embedded database's folder (unused on PostgreSQL, as compose runs it).
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/main.js"]
