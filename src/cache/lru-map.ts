/**
 * A Map that forgets its least recently used entries beyond `maxEntries` or `maxBytes`. keyv
 * accepts any Map-like store; this one keeps the in-memory layer bounded so memory stays flat
 * however many distinct leads pass through. Sizes are estimated once per write (the miss path,
 * right after a vendor call), never on reads.
 */
export class LruMap<K, V> extends Map<K, V> {
  private readonly sizes = new Map<K, number>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    super();
  }

  get totalBytes(): number {
    return this.bytes;
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    this.delete(key);
    const size = estimateBytes(key) + estimateBytes(value);
    super.set(key, value);
    this.sizes.set(key, size);
    this.bytes += size;
    while (this.size > this.maxEntries || (this.bytes > this.maxBytes && this.size > 1)) {
      this.delete(this.keys().next().value as K);
    }
    return this;
  }

  override delete(key: K): boolean {
    const size = this.sizes.get(key);
    if (size !== undefined) {
      this.bytes -= size;
      this.sizes.delete(key);
    }
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.sizes.clear();
    this.bytes = 0;
  }
}

/** Rough byte size: UTF-16 string length ×2, JSON length for objects (what they would cost serialized). */
export function estimateBytes(v: unknown): number {
  if (typeof v === "string") return v.length * 2;
  if (v === null || v === undefined) return 8;
  if (typeof v !== "object") return 16;
  try {
    return JSON.stringify(v).length * 2;
  } catch {
    return 1024;
  }
}
