// Splitting a batch across processes with no coordinator: a stable hash of each input's path or id picks its shard.

/** One shard of a batch: `index` of `count`, from 1. */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** `K/N` as a shard, or `undefined` when it is not one (`0/3`, `4/3`, `a/b`). */
export function parseShard(value: string): Shard | undefined {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value)
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && index <= count ? {index, count} : undefined
}

const encoder = new TextEncoder()

/**
 * The shard, from 1 to `count`, of an input named `key` (a path below the
 * inputs' common folder, with `/`, or an NDJSON id): FNV-1a (32 bits) of its
 * UTF-8 bytes, modulo `count`. Stable across machines, processes and Node
 * versions, so a shard takes the same inputs every run and `--resume` works
 * per shard.
 */
export function shardOf(key: string, count: number): number {
  let hash = 0x81_1c_9d_c5
  for (const byte of encoder.encode(key)) hash = Math.imul(hash ^ byte, 0x01_00_01_93) >>> 0
  return (hash % count) + 1
}

/** Whether the input named `key` belongs to `shard` (always, without one). */
export function inShard(key: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(key, shard.count) === shard.index
}
