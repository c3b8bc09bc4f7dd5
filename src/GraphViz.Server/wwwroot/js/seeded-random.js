// Deterministic layout: fcose draws random numbers; running it with Math.random replaced by a PRNG
// seeded from the graph's node ids lays the same graph out the same way in every browser.

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs fn (synchronous) with Math.random seeded from the given text, then restores Math.random. */
export function withSeededRandom(seedText, fn) {
  const original = Math.random;
  Math.random = mulberry32(hash(seedText));
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** A stable pseudo-random number in [0, 1) for a text: used to offset a new node from its neighbours. */
export function stableFraction(text) {
  return mulberry32(hash(text))();
}
