import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The reading settings, whose code is fetched only when the settings first open (not on every first visit). */
export function LazyReadingSettings() {
  const [Settings, setSettings] = useState<ComponentType | null>(null);
  useEffect(() => void import('./ReadingSettings').then((m) => setSettings(() => m.ReadingSettings)), []);
  return Settings && <Settings />;
}
