/** What the phone's alerts code and the worker exchange: the request body and the push message. */
export type {
  AlertKind,
  AlertPayload,
  Follows,
  QuietHours,
  SubscriptionInput,
  UnsubscribeRequest,
} from '../model/subscription';

/**
 * Not a `briefing-` cache, so the service worker's clean-up on activate keeps it: the reader's alert
 * settings and the server's key, from which the service worker renews a subscription the push service
 * replaced (`pushsubscriptionchange`), with no page open.
 */
export const ALERTS_CACHE = 'alerts-v1';
export const ALERTS_SETTINGS = '/__alerts';

/** What is kept there: the subscription's body without the subscription, and the VAPID key. */
export type SavedAlerts = Omit<import('../model/subscription').SubscriptionInput, 'subscription'> & { key: string };
