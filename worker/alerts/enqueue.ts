import type { Briefing } from '../../model/types';
import { translationsOf } from '../store/translations';
import { alertFor, type Alert } from './what-moved';

/** What the alerts queue carries: one job per write, split by the consumer into batches to send. */
export type AlertMessage =
  { type: 'fan-out'; alert: Alert } | { type: 'send'; alert: Alert; ids: number[]; attempt: number };

/**
 * Queues the alert a write calls for, if any: the editor's write waits for one queue message,
 * never for the fan-out. A queue that fails is logged: the write itself has landed.
 */
export async function enqueueAlert(env: Env, prev: Briefing | null, next: Briefing): Promise<void> {
  const alert = alertFor(prev, next, next.translationOf ? [] : await translationsOf(env.DB, next.id));
  if (!alert) return;
  try {
    await env.ALERTS.send({ type: 'fan-out', alert } satisfies AlertMessage);
  } catch (e) {
    console.error('alerts: could not queue', next.id, next.revision, e);
  }
}
