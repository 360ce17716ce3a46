// @ts-check
// The board reads the public /v1 API like any client: the reader's key (if reads need one) from this tab's
// sessionStorage, the knowledge time from the page's URL.

const KEY = 'saydo.key';

export function readKey() {
  return sessionStorage.getItem(KEY) ?? '';
}

export function saveKey(/** @type {string} */ key) {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

function headers() {
  const key = readKey();
  /** @type {Record<string, string>} */
  const h = { accept: 'application/json' };
  if (key) h.authorization = `Bearer ${key}`;
  return h;
}

export class ApiError extends Error {
  /** @param {number} status @param {string} detail */
  constructor(status, detail) {
    super(`${status}: ${detail}`);
    this.status = status;
    this.detail = detail;
  }
}

/**
 * GET a /v1 path with query parameters (undefined and empty ones left out).
 * @param {string} path
 * @param {Record<string, string | number | undefined | null>} [query]
 * @returns {Promise<any>}
 */
export async function get(path, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  const response = await fetch(`/v1${path}${text ? `?${text}` : ''}`, { headers: headers() });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // not a problem document
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/** The last change this tab has seen: the next page resumes after it instead of replaying the feed. */
const CURSOR = 'saydo.feedCursor';

/**
 * Follow the change feed's event stream (GET /v1/changes/stream) and call onChange for every event. Read with
 * fetch rather than EventSource so that a key can go in the Authorization header; reconnects resume after the
 * last event id, as EventSource would, and so does the tab's next page. (A tab's first page replays the feed
 * from its start: the API has no cursor for "now".)
 * @param {{companyId?: string, onChange: (event: {kind: string, id: string}) => void, onState: (state: 'open' | 'retrying') => void}} options
 * @returns {() => void} stop
 */
export function followChanges({ companyId, onChange, onState }) {
  const controller = new AbortController();
  let lastId = sessionStorage.getItem(CURSOR) ?? '';
  let delay = 1000;
  async function connect() {
    const params = new URLSearchParams();
    if (companyId) params.set('companyId', companyId);
    /** @type {Record<string, string>} */
    const h = { ...headers(), accept: 'text/event-stream' };
    if (lastId) h['last-event-id'] = lastId;
    const response = await fetch(`/v1/changes/stream${params.size ? `?${params}` : ''}`, {
      headers: h,
      signal: controller.signal,
    });
    if (response.status === 400 && lastId) {
      // A cursor this feed no longer takes (another deployment): start again from the beginning.
      lastId = '';
      sessionStorage.removeItem(CURSOR);
    }
    if (!response.ok || !response.body) throw new ApiError(response.status, 'the change stream refused');
    onState('open');
    delay = 1000;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id = '';
        let kind = 'message';
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) id = line.slice(4);
          else if (line.startsWith('event: ')) kind = line.slice(7);
        }
        if (id) {
          lastId = id;
          sessionStorage.setItem(CURSOR, id);
          onChange({ kind, id });
        }
      }
    }
  }
  (async () => {
    while (!controller.signal.aborted) {
      try {
        await connect();
      } catch {
        if (controller.signal.aborted) return;
      }
      onState('retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30_000);
    }
  })();
  return () => controller.abort();
}
