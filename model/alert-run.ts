// What became of one alert (worker/alerts/runs.ts keeps it; the newsroom shows it).

export interface AlertRun {
  briefing: string;
  revision: number;
  queuedAt: string;
  /** Null until the fan-out ran. */
  followers: number | null;
  sent: number;
  failed: number;
  gone: number;
  skipped: number;
  lastError: string | null;
  /** Set once every follower is accounted for, or the fan-out gave up. */
  finishedAt: string | null;
}
