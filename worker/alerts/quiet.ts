// A reader's clock: their local day (for the daily cap) and whether it is quiet hours where they are.
// Formatters are cached: building one costs more than sending the message it is for.

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string, at: Date) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The reader's local date, YYYY-MM-DD, and time, HH:MM (UTC when they gave no time zone). */
export const localClock = (timeZone: string | null, at: Date) => partsIn(timeZone ?? 'UTC', at);

/** Whether `time` (HH:MM) falls in quiet hours from `from` to `to`, which may run past midnight. */
export function isQuiet(time: string, from: string | null, to: string | null): boolean {
  if (!from || !to || from === to) return false;
  return from < to ? time >= from && time < to : time >= from || time < to;
}
