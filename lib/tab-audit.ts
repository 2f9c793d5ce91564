// Asking a tab's engine to audit, injecting it first when the page has none (a page that failed the
// cheap test, or a host outside *.gov.cn reached through the activeTab grant of a click, shortcut
// or menu item).
// The extension APIs are passed in, so the popup and the background share this logic.
import { AuditReplySchema, StateReplySchema, type AuditReply, type ContentRequest } from './messages';

export interface TabApi {
  sendMessage(tabId: number, message: ContentRequest): Promise<unknown>;
  /** Inject the engine (entrypoints/engine/) into the tab's top frame. */
  inject(tabId: number): Promise<unknown>;
  sleep?(ms: number): Promise<void>;
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;
// Chromium refuses about one first injection in ten right after the user's gesture although the
// activeTab grant exists; one retry a moment later has always succeeded (tests/e2e, probe).
const NOT_YET_GRANTED = /Cannot access contents|Cannot access a chrome|permission/i;
const RETRY_MS = 250;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function injectWithRetry(api: TabApi, tabId: number): Promise<void> {
  try {
    await api.inject(tabId);
  } catch (e) {
    if (!NOT_YET_GRANTED.test(errorText(e))) throw e;
    await (api.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))))(RETRY_MS);
    await api.inject(tabId);
  }
}

/** Send a request; when no content script answers, inject one and send again. */
async function sendInjecting(api: TabApi, tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    return await api.sendMessage(tabId, request);
  } catch (e) {
    if (!NO_RECEIVER.test(errorText(e))) throw e;
  }
  await injectWithRetry(api, tabId);
  return api.sendMessage(tabId, request);
}

/** Audit the tab now (marking the page); `show` also opens the findings panel. */
export async function auditTab(api: TabApi, tabId: number, show = false): Promise<AuditReply> {
  try {
    return AuditReplySchema.parse(await sendInjecting(api, tabId, { type: 'audit', show }));
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

/**
 * The popup's opening view: the result the page already has (an automatic run), or else a fresh
 * audit. Only one audit per page, so opening the popup does not redraw the marks.
 */
export async function currentOrNewAudit(api: TabApi, tabId: number): Promise<AuditReply> {
  try {
    const state = StateReplySchema.safeParse(await api.sendMessage(tabId, { type: 'state' }));
    if (state.success && state.data.result) return { ok: true, result: state.data.result };
  } catch {
    /* no content script yet: audit injects one */
  }
  return auditTab(api, tabId);
}
