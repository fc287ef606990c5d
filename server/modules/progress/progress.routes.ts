import { ctxOf } from '../../lib/context.ts';
import { EncodedAnswer } from '../../lib/encoded-answer.ts';
import { ErrorBody } from '../../lib/schemas.ts';
import type { App } from '../../lib/types.ts';
import { VersionedCache } from '../../lib/versioned-cache.ts';
import { ProgressQuery, ProgressView } from './progress.schemas.ts';
import { type ProgressSnapshot, answerKey, isCurrent, progressFor, progressSnapshot, rememberAnswer } from './progress.service.ts';

export default async function progressRoutes(app: App) {
  // Computing the view costs 15-40 ms of database and rules at 56 states; a request that finds it current costs
  // the session check it makes anyway (which reads the data version, see plugins/auth.ts). A few years at most.
  const snapshots = new VersionedCache<ProgressSnapshot>(8);

  app.get(
    '/api/progress',
    {
      schema: {
        tags: ['progress'],
        summary: 'Cross-state progress for a program year (default: the current one), limited to your states',
        querystring: ProgressQuery,
        response: { 200: ProgressView, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(app, request);
      const { programYear, ...filter } = request.query;
      const snapshot = await snapshots.get(
        `${programYear ?? 'current'}|${ctx.today}`,
        request.dataVersions.progress,
        () => progressSnapshot(ctx, programYear),
        (s) => isCurrent(s, ctx.now),
      );
      const key = answerKey(ctx.actor, filter);
      let answer = snapshot.answers.get(key);
      if (answer === undefined) {
        // Through the route's own response schema, as any answer; kept as the bytes it produced.
        answer = new EncodedAnswer(Buffer.from(String(reply.serialize(progressFor(snapshot.view, ctx.actor, filter)))));
        rememberAnswer(snapshot, key, answer);
      }
      return answer.send(request, reply);
    },
  );
}
