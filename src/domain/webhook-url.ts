// Where a webhook may be sent. A key holder who can register an endpoint could otherwise make the server call
// addresses only it can reach (its own admin routes, a cloud metadata service, a database on the private
// network): server-side request forgery. So only hosts the operator lists are allowed, never the service itself.
// A name is only as safe as its DNS, though: a listed name that resolves (or is re-pointed, DNS rebinding) to a
// private, loopback, link-local or reserved address is refused at connection time, by the address actually
// connected to, unless that address is listed too (an IP literal in WEBHOOK_ALLOWED_HOSTS, or a network in
// WEBHOOK_PRIVATE_NETWORKS).

export interface WebhookUrlPolicy {
  /** Hostnames or host:port pairs the operator allows (WEBHOOK_ALLOWED_HOSTS); empty: none. */
  allowedHosts: readonly string[];
  /** host:port pairs that reach this service. */
  selfHosts: readonly string[];
  /** Private or reserved addresses or CIDR networks a webhook may connect to (WEBHOOK_PRIVATE_NETWORKS). */
  privateNetworks?: readonly string[];
}

/**
 * The non-public addresses a delivery may connect to: the networks the operator listed, and every IP literal in
 * the allowed hosts (listing 10.0.0.5 is allowing it). Any other private or reserved address is refused, whatever
 * name led to it.
 */
export function connectableNonPublicAddresses(policy: WebhookUrlPolicy): string[] {
  const literals = policy.allowedHosts
    .map((entry) => /^(?:\[([0-9a-f:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3}))(?::\d+)?$/i.exec(entry.trim()))
    .map((m) => m?.[1] ?? m?.[2])
    .filter((ip): ip is string => ip !== undefined);
  return [...new Set([...(policy.privateNetworks ?? []), ...literals])];
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** host:port with the scheme's default port filled in, lower case. */
function hostPort(hostname: string, port: string, protocol: string): string {
  return `${hostname.toLowerCase()}:${port === '' ? (DEFAULT_PORTS[protocol] ?? '') : port}`;
}

function normalise(entry: string, protocol: string): { host: string; any: boolean } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry.trim().toLowerCase());
  if (!m?.[1]) return { host: entry, any: false };
  return m[2] === undefined ? { host: m[1], any: true } : { host: hostPort(m[1], m[2], protocol), any: false };
}

/** Why the URL may not receive webhooks, or null when it may. */
export function webhookUrlProblem(url: string, policy: WebhookUrlPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http or https URL';
  if (parsed.username !== '' || parsed.password !== '') return 'must not carry credentials';
  const target = hostPort(parsed.hostname, parsed.port, parsed.protocol);
  if (policy.selfHosts.some((self) => normalise(self, parsed.protocol).host === target))
    return 'must not point at this service';
  const allowed = policy.allowedHosts.some((entry) => {
    const e = normalise(entry, parsed.protocol);
    return e.any ? e.host === parsed.hostname.toLowerCase() : e.host === target;
  });
  return allowed ? null : `host '${parsed.host}' is not in WEBHOOK_ALLOWED_HOSTS`;
}
