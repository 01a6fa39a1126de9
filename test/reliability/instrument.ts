// Counts what a page keeps alive, from before any of its scripts runs (an init script): ResizeObserver and
// MutationObserver observations, listeners on window and document, pending timeouts, intervals and animation
// frames. `window.__live()` says how many of each are live now. Bundled as a classic script (esbuild IIFE); a
// module here only so that its names stay its own.
/** How many of each thing a page keeps alive: what `window.__live()` returns. */
export interface Live {
  resizeObservations: number;
  mutationObservers: number;
  windowListeners: number;
  documentListeners: number;
  timeouts: number;
  intervals: number;
  animationFrames: number;
}

const live: Live = { resizeObservations: 0, mutationObservers: 0, windowListeners: 0, documentListeners: 0, timeouts: 0, intervals: 0, animationFrames: 0 };

// ResizeObserver: one count per observed target, until unobserved or disconnected.
const NativeResizeObserver = window.ResizeObserver;
const resizeTargets = new WeakMap<ResizeObserver, Set<Element>>();
class CountingResizeObserver extends NativeResizeObserver {
  override observe(target: Element, options?: ResizeObserverOptions): void {
    const set = resizeTargets.get(this) ?? resizeTargets.set(this, new Set()).get(this)!;
    if (!set.has(target)) live.resizeObservations++;
    set.add(target);
    super.observe(target, options);
  }
  override unobserve(target: Element): void {
    if (resizeTargets.get(this)?.delete(target)) live.resizeObservations--;
    super.unobserve(target);
  }
  override disconnect(): void {
    live.resizeObservations -= resizeTargets.get(this)?.size ?? 0;
    resizeTargets.get(this)?.clear();
    super.disconnect();
  }
}
window.ResizeObserver = CountingResizeObserver;

// MutationObserver: observing from its first observe() until disconnect().
const NativeMutationObserver = window.MutationObserver;
const observing = new WeakSet<MutationObserver>();
class CountingMutationObserver extends NativeMutationObserver {
  override observe(target: Node, options?: MutationObserverInit): void {
    if (!observing.has(this)) live.mutationObservers++;
    observing.add(this);
    super.observe(target, options);
  }
  override disconnect(): void {
    if (observing.delete(this)) live.mutationObservers--;
    super.disconnect();
  }
}
window.MutationObserver = CountingMutationObserver;

// Listeners on window and document, keyed as the browser keys them: type, listener, capture.
const listeners = new Map<EventTarget, Set<string>>();
const ids = new WeakMap<object, number>();
let nextId = 0;
const keyOf = (type: string, listener: unknown, options: boolean | EventListenerOptions | undefined) => {
  const fn = listener as object;
  const id = ids.get(fn) ?? (ids.set(fn, ++nextId), nextId);
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  return `${type}|${id}|${capture}`;
};
const counted = (target: EventTarget) => target === window || target === document;
const recount = () => {
  live.windowListeners = listeners.get(window)?.size ?? 0;
  live.documentListeners = listeners.get(document)?.size ?? 0;
};
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
  if (listener && counted(this)) {
    const key = keyOf(type, listener, options);
    const set = listeners.get(this) ?? listeners.set(this, new Set()).get(this)!;
    set.add(key);
    // A once listener removes itself when it fires; a signal removes it when it aborts.
    if (typeof options === 'object' && options.once) add.call(this, type, () => (set.delete(key), recount()), { once: true, capture: options.capture ?? false });
    if (typeof options === 'object' && options.signal) options.signal.addEventListener('abort', () => (set.delete(key), recount()));
    recount();
  }
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
  if (listener && counted(this)) {
    listeners.get(this)?.delete(keyOf(type, listener, options));
    recount();
  }
  return remove.call(this, type, listener, options);
};

// Timers and animation frames: pending from the call until they run or are cancelled.
const timeouts = new Set<number>();
const intervals = new Set<number>();
const frames = new Set<number>();
const count = () => {
  live.timeouts = timeouts.size;
  live.intervals = intervals.size;
  live.animationFrames = frames.size;
};
const nativeSetTimeout = window.setTimeout.bind(window);
const nativeClearTimeout = window.clearTimeout.bind(window);
const nativeSetInterval = window.setInterval.bind(window);
const nativeClearInterval = window.clearInterval.bind(window);
const nativeRaf = window.requestAnimationFrame.bind(window);
const nativeCaf = window.cancelAnimationFrame.bind(window);
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = nativeSetTimeout(
    (...a: unknown[]) => {
      timeouts.delete(id);
      count();
      if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  timeouts.add(id);
  count();
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  count();
  nativeClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, ms, ...args);
  intervals.add(id);
  count();
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  count();
  nativeClearInterval(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const id = nativeRaf((t) => {
    frames.delete(id);
    count();
    callback(t);
  });
  frames.add(id);
  count();
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  count();
  nativeCaf(id);
};

(window as unknown as { __live: () => Live }).__live = () => ({ ...live });
