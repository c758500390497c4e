/**
 * A value the app's roots are drawn from: writing a new one redraws every mounted root (mount.ts).
 * Preact's diff makes a redraw of the few roots cheap, so nothing tracks which root read which value.
 */
export interface Cell<T> {
  value: T;
}

const redraws = new Set<() => void>();
let drawing = false;
let again = false;

/** Redraws every root now, once more if a value changed while they were drawn. */
function redrawAll(): void {
  if (drawing) {
    again = true;
    return;
  }
  drawing = true;
  try {
    do {
      again = false;
      for (const redraw of redraws) redraw();
    } while (again);
  } finally {
    drawing = false;
  }
}

export function cell<T>(initial: T): Cell<T> {
  let current = initial;
  return {
    get value() {
      return current;
    },
    set value(next) {
      if (Object.is(next, current)) return;
      current = next;
      redrawAll();
    },
  };
}

/** Calls `redraw` now and after every change of any cell (the other roots are drawn again with it). */
export function onChange(redraw: () => void): void {
  redraws.add(redraw);
  redrawAll();
}
