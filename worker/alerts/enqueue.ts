import type { Briefing } from '../../model/types';
import { translationsOf } from '../store/translations';
import { recordQueued } from './runs';
import { alertFor, type Alert } from './what-moved';

/** What the alerts queue carries: one job per write, split by the consumer into batches to send. */
export type AlertMessage =
  { type: 'fan-out'; alert: Alert } | { type: 'send'; alert: Alert; ids: number[]; attempt: number };

/** What became of a write's alert: `none` when the change calls for none. */
export type AlertQueued = 'queued' | 'none' | 'failed';

/**
 * Queues the alert a write calls for, if any: the editor's write waits for one queue message,
 * never for the fan-out. The write itself has landed either way; the editor is told (the write's
 * `Briefing-Alerts` header, and the newsroom's record of alerts) when its alert could not be queued.
 */
export async function enqueueAlert(env: Env, prev: Briefing | null, next: Briefing): Promise<AlertQueued> {
  const alert = alertFor(prev, next, next.translationOf ? [] : await translationsOf(env.DB, next.id));
  if (!alert) return 'none';
  try {
    // Recorded first: the fan-out, once queued, may start before this write's answer is sent.
    await recordQueued(env.DB, alert.briefing, alert.revision, new Date());
    await env.ALERTS.send({ type: 'fan-out', alert } satisfies AlertMessage);
    return 'queued';
  } catch (e) {
    console.error('alerts: could not queue', next.id, next.revision, e);
    await recordQueued(env.DB, alert.briefing, alert.revision, new Date(), `could not be queued: ${String(e)}`);
    return 'failed';
  }
}
