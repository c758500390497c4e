import { generateVapidKeys } from '../../scripts/lib/vapid';

/** The VAPID key pair every test server of this run signs alerts with. */
export const TEST_VAPID = generateVapidKeys();
