/** What the phone's alerts code and the worker exchange: the request body and the push message. */
export type {
  AlertKind,
  AlertPayload,
  Follows,
  QuietHours,
  SubscriptionInput,
  UnsubscribeRequest,
} from '../model/subscription';
