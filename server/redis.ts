import { Redis } from 'ioredis';

/**
 * The Redis client for counters that several app processes must share. A Redis that is away must not take
 * sign-in down with it: commands fail fast (the rate limiter then lets the attempt through and logs it).
 */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
  redis.on('error', (error: Error) => console.error(`[redis] ${error.message}`));
  return redis;
}
