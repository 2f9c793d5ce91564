// Where the per-page script finds the engine once the background has injected it. Scripts of one
// extension in one frame share their isolated world (its globalThis), the page's scripts do not:
// the engine leaves its handle there under a registry symbol, and a second injection of the engine
// file finds it and does nothing.
export interface EngineHandle {
  /**
   * The automatic run, once the page passed the cheap test: true once there is nothing more to wait
   * for. `start`: the background's reply when it injected the engine (lib/messages.ts EngineStart), unchecked.
   */
  autoAudit(start?: unknown): Promise<boolean>;
  /** False once the extension was reloaded or removed (a newer engine then takes the slot). */
  valid(): boolean;
}

const SLOT = Symbol.for('nianbao-audit/engine');
type Scope = { [SLOT]?: EngineHandle };

export function engineIn(scope: object): EngineHandle | undefined {
  const handle = (scope as Scope)[SLOT];
  return handle?.valid() ? handle : undefined;
}

export function putEngine(scope: object, handle: EngineHandle | undefined): void {
  (scope as Scope)[SLOT] = handle;
}
