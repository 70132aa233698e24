// Frames stop in a hidden tab; the timer still runs there (throttled), so changes keep landing, only less often.
const fallbackMs = 100;

/** Run `callback` once, at the next animation frame or after `fallbackMs`, whichever comes first; answers a cancel. */
export function nextFrame(callback: () => void): () => void {
  let pending = true;
  const run = () => {
    if (!pending) return;
    cancel();
    callback();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : undefined;
  const timer = setTimeout(run, fallbackMs);
  function cancel(): void {
    pending = false;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return cancel;
}

/** Run `callback` in a task of its own, letting the browser handle input and paint first; answers a cancel. */
export function nextTask(callback: () => void): () => void {
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}
