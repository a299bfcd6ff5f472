import { allowedParentOrigins, metaTag, pageAddress, refuseCatalogUrls } from '../config';
import type { Explorer } from '../state/explorer.svelte';
import { watchExplorer } from './events.svelte';
import { m } from '../i18n/paraglide/messages.js';
import type { Locale } from '../i18n/language.svelte';

/** Prefix of every message the explorer posts or accepts, so hosts can tell them apart. */
export const MESSAGE_PREFIX = 'career-path-explorer:';

/** Longest string a command may hold in any field (role ids and titles are far shorter). */
export const MAX_COMMAND_FIELD_CHARS = 1000;
/** Most fields a command may have (a command needs 3); with the field cap, caps the message. */
export const MAX_COMMAND_FIELDS = 8;
/** Longest field name accepted. */
const MAX_FIELD_NAME_CHARS = 64;

/** Commands a host page may post to the iframe. */
export type ExplorerCommand =
  | { type: 'career-path-explorer:showPath'; from: string; to: string }
  | { type: 'career-path-explorer:select'; id: string };

/** Returns the origin when `value` is exactly an http(s) origin, else null. */
export function parseOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === value
      ? u.origin
      : null;
  } catch {
    return null;
  }
}

/**
 * Who frames the page: not framed; framed, with the origins of every ancestor (the parent first);
 * or framed by a page whose origin cannot be told (`ancestors: null`).
 */
export interface Framing {
  framed: boolean;
  ancestors: string[] | null;
}

/**
 * Finds who frames the page: `location.ancestorOrigins` where the browser has it (Chromium,
 * Safari), else the origin of `document.referrer` (the page that loaded the frame).
 * @param win - the page's window.
 * @returns the framing.
 */
export function framingOf(win: Window): Framing {
  if (win.parent === win) return { framed: false, ancestors: [] };
  const list = win.location.ancestorOrigins as DOMStringList | string[] | undefined;
  if (list && list.length) return { framed: true, ancestors: Array.from(list) };
  let referrer: string | null = null;
  try {
    const r = new URL(win.document.referrer);
    if (r.protocol === 'http:' || r.protocol === 'https:') referrer = r.origin;
  } catch {
    // No referrer (or not a URL): the framing page stays unknown.
  }
  return { framed: true, ancestors: referrer ? [referrer] : null };
}

/**
 * How a site lets `origin` embed the app: the meta tag that lists it, with the origins already
 * allowed, in the app's page.
 * @param origin - the framing (or named parent) origin.
 * @param allowed - the configured parent origins.
 * @param page - the app's page URL.
 * @param locale - the language it is written in: the interface's by default, English for the
 *   console.
 * @returns "To allow it: …", text only.
 */
export function allowParentAdvice(
  origin: string,
  allowed: readonly string[],
  page: string,
  locale?: Locale,
): string {
  const tag = metaTag('cpe-parent-origins', [...allowed.filter((o) => o !== origin), origin]);
  return m.app_allow_parent({ tag, page: pageAddress(page), origin }, { locale });
}

/**
 * Decides whether the page may work for whoever frames it: not framed, or every ancestor is the
 * page's own origin or a configured one (as CSP `frame-ancestors` checks them). A framing page
 * whose origin cannot be told is refused.
 * @param framing - who frames the page.
 * @param own - the page's origin.
 * @param allowed - the configured parent origins.
 * @param page - the page's URL, named in the refusal as where to configure it.
 * @param locale - the language of the refusal: the interface's by default, English for the
 *   console.
 * @returns ok, or the refusal: what happened, then "To allow it: …".
 */
export function checkFraming(
  framing: Framing,
  own: string,
  allowed: readonly string[],
  page: string = `${own}/`,
  locale?: Locale,
): { ok: true } | { ok: false; message: string } {
  if (!framing.framed) return { ok: true };
  if (!framing.ancestors)
    return {
      ok: false,
      message: m.app_refused_no_referrer({ page: pageAddress(page) }, { locale }),
    };
  const foreign = framing.ancestors.find((o) => o !== own && !allowed.includes(o));
  if (foreign === undefined) return { ok: true };
  // An opaque ancestor (a sandboxed frame, a data: URL) has no origin a site could list.
  if (foreign === 'null')
    return {
      ok: false,
      message: m.app_refused_opaque({ page: pageAddress(page) }, { locale }),
    };
  return {
    ok: false,
    message: `${m.app_refused_foreign({ origin: foreign }, { locale })}\n${allowParentAdvice(foreign, allowed, page, locale)}`,
  };
}

/**
 * Applies the framing policy at start: when the page is framed by an origin that is not allowed,
 * every `?catalog=` URL is refused (the bundled catalog is shown, with the reason).
 * @param win - the page's window.
 * @param allowed - the configured parent origins.
 * @returns whether the framing is allowed.
 */
export function guardFraming(
  win: Window,
  allowed: readonly string[] = allowedParentOrigins(win.document),
): boolean {
  const verdict = checkFraming(framingOf(win), win.location.origin, allowed, win.location.href);
  if (!verdict.ok) refuseCatalogUrls(verdict.message);
  return verdict.ok;
}

/**
 * The origin the bridge talks to: `?parentOrigin=` when it is exactly an origin and that origin
 * is the page's own or a configured one; else none.
 * @param param - the `parentOrigin` query parameter.
 * @param own - the page's origin.
 * @param allowed - the configured parent origins.
 * @returns the origin, or null.
 */
export function bridgeOrigin(
  param: string | null,
  own: string,
  allowed: readonly string[],
): string | null {
  const origin = parseOrigin(param);
  return origin && (origin === own || allowed.includes(origin)) ? origin : null;
}

function ignore(why: string): null {
  console.warn(`career-path-explorer: ignored a message: ${why}.`);
  return null;
}

/**
 * Reads a command posted by the parent. Messages that are not commands are ignored silently;
 * a command with more than {@link MAX_COMMAND_FIELDS} fields, a field name or value over the
 * caps, or a value that is not a string, number, boolean or null is ignored with a warning.
 * @param data - the message's data.
 * @returns the command, or null.
 */
export function readCommand(data: unknown): ExplorerCommand | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const type = d['type'];
  if (type !== `${MESSAGE_PREFIX}showPath` && type !== `${MESSAGE_PREFIX}select`) return null;
  let fields = 0;
  for (const key in d) {
    if (!Object.hasOwn(d, key)) continue;
    if (++fields > MAX_COMMAND_FIELDS)
      return ignore(`${type} has more than ${MAX_COMMAND_FIELDS} fields`);
    if (key.length > MAX_FIELD_NAME_CHARS) return ignore(`${type} has an oversized field name`);
    const v = d[key];
    if (typeof v === 'string') {
      if (v.length > MAX_COMMAND_FIELD_CHARS)
        return ignore(
          `field "${key}" of ${type} is longer than ${MAX_COMMAND_FIELD_CHARS} characters`,
        );
    } else if (v !== null && typeof v !== 'number' && typeof v !== 'boolean')
      return ignore(`field "${key}" of ${type} is not a string`);
  }
  if (type === `${MESSAGE_PREFIX}showPath`) {
    const { from, to } = d;
    return typeof from === 'string' && typeof to === 'string' ? { type, from, to } : null;
  }
  const id = d['id'];
  return typeof id === 'string' ? { type, id } : null;
}

/**
 * Iframe mode: posts `pathchange` and `roleselect` to the parent, to `parentOrigin` only, and
 * accepts commands only from the parent window at that origin. `parentOrigin` counts only when it
 * is the page's own origin or one the site configured (`<meta name="cpe-parent-origins">`), and
 * only when every page framing this one is allowed too; otherwise nothing is posted and nothing
 * accepted.
 * @param ex - the explorer state.
 * @param win - the iframe's window.
 * @param parentOrigin - the `parentOrigin` query parameter.
 * @param allowed - the configured parent origins.
 * @returns a function that stops the bridge.
 */
export function connectParent(
  ex: Explorer,
  win: Window,
  parentOrigin: string | null,
  allowed: readonly string[] = allowedParentOrigins(win.document),
): () => void {
  const own = win.location.origin;
  if (win.parent === win) return () => {};
  const origin = bridgeOrigin(parentOrigin, own, allowed);
  if (!origin) {
    // Said in the console, for whoever sets the embedding up; the host page hears nothing.
    if (parentOrigin) {
      const named = parseOrigin(parentOrigin);
      console.warn(
        `career-path-explorer: parentOrigin ${JSON.stringify(parentOrigin.slice(0, 200))} is neither this site's origin nor listed in <meta name="cpe-parent-origins">: the frame posts and accepts nothing.${named ? ` ${allowParentAdvice(named, allowed, win.location.href, 'en')}` : ''}`,
      );
    }
    return () => {};
  }
  const framing = checkFraming(framingOf(win), own, allowed, win.location.href, 'en');
  if (!framing.ok) {
    console.warn(`career-path-explorer: the frame posts and accepts nothing. ${framing.message}`);
    return () => {};
  }
  const stop = watchExplorer(ex, (type, detail) => {
    win.parent.postMessage({ type: MESSAGE_PREFIX + type, detail }, origin);
  });
  const stopSizing = postContentHeight(win, origin);
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== origin || e.source !== win.parent) return;
    const command = readCommand(e.data);
    if (command?.type === `${MESSAGE_PREFIX}showPath`)
      ex.setPath(ex.resolve(command.from), ex.resolve(command.to));
    else if (command?.type === `${MESSAGE_PREFIX}select`) ex.select(ex.resolve(command.id));
  };
  win.addEventListener('message', onMessage);
  return () => {
    stop();
    stopSizing();
    win.removeEventListener('message', onMessage);
  };
}

/**
 * Sized by its host: posts `career-path-explorer:resize` with the content's height (`{ height }`,
 * CSS pixels) to the parent whenever it changes, so the host can make the frame that tall. The page
 * is marked `cpe-host-sized`, which keeps every height inside it from depending on the frame's own
 * (the lattice on a narrow screen is 65vh tall otherwise, and would grow with each resize).
 * @param win - the iframe's window.
 * @param origin - the parent's allowed origin.
 * @returns a function that stops posting.
 */
export function postContentHeight(win: Window, origin: string): () => void {
  const doc = win.document as Document | undefined;
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  // A window without a document to measure (none in tests' stand-ins) posts nothing.
  if (typeof doc?.getElementById !== 'function' || typeof Observer !== 'function') return () => {};
  const content = doc.getElementById('app') ?? doc.body;
  if (!content) return () => {};
  doc.documentElement.classList.add('cpe-host-sized');
  let last = 0;
  const post = () => {
    const height = Math.ceil(content.scrollHeight);
    if (height <= 0 || height === last) return;
    last = height;
    win.parent.postMessage({ type: `${MESSAGE_PREFIX}resize`, detail: { height } }, origin);
  };
  const observer = new Observer(post);
  observer.observe(content);
  post();
  return () => observer.disconnect();
}
