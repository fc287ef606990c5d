/**
 * Values computed from the database, each kept while the data version it was computed at is still the
 * current one. Every app process keeps its own; the version, read from the database in the request (see
 * `data_versions`), is what makes them agree: a write in any process gives a new version, and the next request
 * in every process computes again. Requests that miss at the same version share one computation, so a write
 * under load costs one recomputation, not one per waiting request.
 */
export class VersionedCache<V> {
  readonly #entries = new Map<string, { version: string; value: V }>();
  readonly #pending = new Map<string, Promise<V>>();

  constructor(private readonly capacity: number) {}

  /**
   * The value for `key` at `version`, computed when there is none. `fresh` can refuse a value for reasons the
   * version does not cover (the day it was computed on). A null version means "unknown": computed, not kept.
   */
  get(key: string, version: string | null, compute: () => Promise<V>, fresh: (value: V) => boolean = () => true): Promise<V> {
    if (version === null) return compute();
    const hit = this.#entries.get(key);
    if (hit && hit.version === version && fresh(hit.value)) return Promise.resolve(hit.value);
    const pendingKey = `${key}\u0000${version}`;
    const inFlight = this.#pending.get(pendingKey);
    if (inFlight) return inFlight;
    const computing = compute()
      .then((value) => {
        this.#store(key, version, value);
        return value;
      })
      .finally(() => this.#pending.delete(pendingKey));
    this.#pending.set(pendingKey, computing);
    return computing;
  }

  get size() {
    return this.#entries.size;
  }

  #store(key: string, version: string, value: V) {
    // Re-inserted so that the Map's order is the order of use; the oldest goes when the cache is full.
    this.#entries.delete(key);
    this.#entries.set(key, { version, value });
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}
