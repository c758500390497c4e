import { signal, type Signal } from '@preact/signals-core';
import type { Briefing, BriefingCard, BriefingIndex, RevisionEntry } from '../../model/types';

/** What the app shows in <main>: the same props the server rendered the page from. */
export type View =
  | { kind: 'home'; cards: BriefingCard[]; olderHref?: string }
  | { kind: 'briefing'; briefing: Briefing; revisions: RevisionEntry[] }
  /** Offline, a page neither saved nor in the saved feed (only ever in the service worker's shell). */
  | { kind: 'offline' };

/** Chrome's install prompt, which no standard type describes yet. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The app's whole state, as signals: components read them and re-render when they change. */
export interface AppState {
  view: Signal<View | null>;
  /** The last feed seen (its first page, as the app syncs it), from this phone's copy or the network. */
  feed: Signal<BriefingIndex | null>;
  /** When the saved copy was last brought up to date (the service worker stamps it). */
  syncedAt: Signal<string | null>;
  online: Signal<boolean>;
  /** False when the last sync could not reach the server (offline, or it failed). */
  reachable: Signal<boolean>;
  /** Ticks every minute, so "updated 3 minutes ago" stays true. */
  now: Signal<number>;
  updateReady: Signal<boolean>;
  installPrompt: Signal<InstallPromptEvent | null>;
  settingsOpen: Signal<boolean>;
  storage: Signal<{ usage: number; persisted: boolean } | null>;
  /** How many saved briefings the last sync dropped for want of space. */
  dropped: Signal<number>;
}

export function createAppState(): AppState {
  return {
    view: signal(null),
    feed: signal(null),
    syncedAt: signal(null),
    online: signal(navigator.onLine),
    reachable: signal(true),
    now: signal(Date.now()),
    updateReady: signal(false),
    installPrompt: signal(null),
    settingsOpen: signal(false),
    storage: signal(null),
    dropped: signal(0),
  };
}

/** What the chrome's buttons do, wired in main.tsx. */
export interface Actions {
  reload(): void;
  install(): unknown;
  keepSaved(): unknown;
  openSettings(open: boolean): void;
}
