/**
 * Waits, if fewer than `seconds` are left in this minute of the clock, for the next one. The
 * limiters count by the clock's minute (Workers' rate limiting, and miniflare's here): a burst that
 * straddles two minutes has two minutes' budgets, where a test asserts what one address gets in one.
 */
export async function withinOneMinute(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 50));
}

/** Long enough for a burst of `seconds` that may first wait (at most as long) for the next minute. */
export const burstTimeout = (seconds: number) => 2 * seconds * 1000;
