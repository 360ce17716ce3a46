// Where a webhook may go: which URLs the policy refuses outright, and which non-public addresses a delivery may
// still connect to (everything else private or reserved is refused at connection time).
import { describe, expect, it } from 'vitest';
import { connectableNonPublicAddresses, webhookUrlProblem } from '../../src/domain/webhook-url.js';

const policy = { allowedHosts: ['hooks.example.com', '10.0.0.5:8080', '[::1]:9000', 'localhost'], selfHosts: [] };

describe('webhookUrlProblem', () => {
  it('allows a listed name on any port, and a listed host:port only on that port', () => {
    expect(webhookUrlProblem('https://hooks.example.com/in', policy)).toBeNull();
    expect(webhookUrlProblem('http://hooks.example.com:8443/in', policy)).toBeNull();
    expect(webhookUrlProblem('http://10.0.0.5:8080/in', policy)).toBeNull();
    expect(webhookUrlProblem('http://10.0.0.5:8081/in', policy)).toMatch(/not in WEBHOOK_ALLOWED_HOSTS/);
  });

  it('refuses what is not an allowed http(s) URL without credentials, and the service itself', () => {
    expect(webhookUrlProblem('ftp://hooks.example.com/', policy)).toBe('must be an http or https URL');
    expect(webhookUrlProblem('https://a:b@hooks.example.com/', policy)).toBe('must not carry credentials');
    expect(webhookUrlProblem('http://169.254.169.254/', policy)).toMatch(/not in WEBHOOK_ALLOWED_HOSTS/);
    expect(webhookUrlProblem('http://localhost:3000/v1', { ...policy, selfHosts: ['localhost:3000'] })).toBe(
      'must not point at this service',
    );
  });
});

describe('connectableNonPublicAddresses', () => {
  it('lists the IP literals among the allowed hosts and the listed networks, never a name', () => {
    expect(connectableNonPublicAddresses({ ...policy, privateNetworks: ['192.168.0.0/16'] }).sort()).toEqual(
      ['10.0.0.5', '192.168.0.0/16', '::1'].sort(),
    );
  });

  it('lists nothing when only names are allowed: a name resolving to a private address is refused', () => {
    expect(connectableNonPublicAddresses({ allowedHosts: ['hooks.example.com', 'localhost'], selfHosts: [] })).toEqual(
      [],
    );
  });
});
