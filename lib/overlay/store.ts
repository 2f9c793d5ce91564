// The overlay's shared state. The marks layer and the panel may be rendered in two documents
// (a report in an iframe, the panel in the top page), so they share this store instead of a tree.
import { useLayoutEffect, useReducer } from 'preact/hooks';
import type { Lang } from '../i18n/translate';

export interface OverlayState {
  lang: Lang;
  /** The panel is expanded (else only its small reopen button shows). */
  open: boolean;
  /** The finding chosen in the panel: its marks stay highlighted and its message shown. */
  active: number | null;
  /** Findings under the pointer or keyboard focus: all their cells are highlighted together. */
  hover: readonly number[];
  /** Bumped on each "show me": restarts the flash animation. */
  flash: number;
  bannerOpen: boolean;
  /** Bumped to move keyboard focus into the panel (an explicit request, never an automatic run). */
  focusRequest: number;
  /** The side of the window the panel stands on: it moves off a finding shown under it. */
  side: 'right' | 'left';
}

export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((l) => l());
    },
    subscribe(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => store.subscribe(rerender as () => void), [store]);
  return store.get();
}
