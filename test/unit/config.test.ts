import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('uses the embedded database in ./data and loads demo data when DATABASE_URL is unset', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.demoData).toBe(true);
    expect(config.port).toBe(3000);
  });

  it('loads demo data on PostgreSQL only when asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('refuses to start in production with the default or a missing JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'dev-only-secret-change-me-dev-only-secret-change-me' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(64), PUBLIC_URL: 'https://t.example.org', TRUST_PROXY: '127.0.0.1' }).env).toBe('production');
  });

  it('refuses a short secret and a port that is not a number', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/32 characters/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  const production = { NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(64) };
  const behindProxy = { TRUST_PROXY: '127.0.0.1' };

  it('refuses to start in production without PUBLIC_URL, naming the setting and an example', () => {
    expect(() => loadConfig(production)).toThrow(
      'PUBLIC_URL must be set when NODE_ENV=production: the address people reach the tracker at, e.g. https://tracker.example.org',
    );
    expect(() => loadConfig({ ...production, PUBLIC_URL: '' })).toThrow(/PUBLIC_URL must be set/);
  });

  it('keeps PUBLIC_URL as an origin without the trailing slash, and refuses anything that is not one', () => {
    expect(loadConfig({ ...production, ...behindProxy, PUBLIC_URL: 'https://Tracker.Example.org/' }).publicUrl).toBe('https://tracker.example.org');
    expect(loadConfig({ PUBLIC_URL: 'http://10.0.0.5:8080' }).publicUrl).toBe('http://10.0.0.5:8080');
    expect(loadConfig({ ...behindProxy, PUBLIC_URL: 'https://t.example.org:443' }).publicUrl).toBe('https://t.example.org');
    for (const bad of ['tracker.example.org', 'ftp://t.example.org', 'https://t.example.org/tracker', 'https://t.example.org/?a=1', 'https://t.example.org/#x', 'https://u:p@t.example.org']) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    }
  });

  it('defaults PUBLIC_URL outside production to the address the server listens on', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: '::1', PORT: '8080' }).publicUrl).toBe('http://[::1]:8080');
  });

  it('never loads the demo data by default in production, even on the embedded database', () => {
    const config = loadConfig({ ...production, ...behindProxy, PUBLIC_URL: 'https://t.example.org' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.demoData).toBe(false);
    expect(loadConfig({ ...production, ...behindProxy, PUBLIC_URL: 'https://t.example.org', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('trusts no proxy unless TRUST_PROXY says which, in the forms Fastify takes', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1' }).trustProxy).toEqual(['127.0.0.1']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '::1', 'loopback']);
    for (const bad of ['yes', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/2', '::1/129']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });

  it('refuses an https PUBLIC_URL without TRUST_PROXY: the app speaks plain http, so a TLS proxy is in front', () => {
    for (const trust of [undefined, 'false', '0']) {
      expect(() => loadConfig({ PUBLIC_URL: 'https://t.example.org', TRUST_PROXY: trust }), String(trust)).toThrow(
        'PUBLIC_URL is https://t.example.org, so a TLS proxy is in front: set TRUST_PROXY to its address (e.g. TRUST_PROXY=127.0.0.1)',
      );
    }
    expect(loadConfig({ PUBLIC_URL: 'https://t.example.org', TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ PUBLIC_URL: 'http://t.internal' }).trustProxy).toBe(false);
  });
});
