import { cell, type Cell } from './cell';
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

/** The app's whole state: components read it, and every root re-renders when it changes. */
export interface AppState {
  view: Cell<View | null>;
  /** The last feed seen (its first page, as the app syncs it), from this phone's copy or the network. */
  feed: Cell<BriefingIndex | null>;
  /** When the saved copy was last brought up to date (the service worker stamps it). */
  syncedAt: Cell<string | null>;
  online: Cell<boolean>;
  /** False when the last sync could not reach the server (offline, or it failed). */
  reachable: Cell<boolean>;
  /** Ticks every minute, so "updated 3 minutes ago" stays true. */
  now: Cell<number>;
  updateReady: Cell<boolean>;
  installPrompt: Cell<InstallPromptEvent | null>;
  settingsOpen: Cell<boolean>;
  storage: Cell<{ usage: number; persisted: boolean } | null>;
  /** How many saved briefings the last sync dropped for want of space. */
  dropped: Cell<number>;
}

export function createAppState(): AppState {
  return {
    view: cell(null),
    feed: cell(null),
    syncedAt: cell(null),
    online: cell(navigator.onLine),
    reachable: cell(true),
    now: cell(Date.now()),
    updateReady: cell(false),
    installPrompt: cell(null),
    settingsOpen: cell(false),
    storage: cell(null),
    dropped: cell(0),
  };
}

/** What the chrome's buttons do, wired in main.tsx. */
export interface Actions {
  reload(): void;
  install(): unknown;
  keepSaved(): unknown;
  openSettings(open: boolean): void;
}
