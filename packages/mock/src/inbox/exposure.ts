/** Binding beyond loopback is opt-in; this says, loudly, what it exposes. */

/** True for the hosts that keep the fake on this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** The warning printed when `--host` names anything else. */
export function exposedWarning(host: string): string {
  return [
    `WARNING: resendkit-mock is bound to ${host}, not 127.0.0.1.`,
    'Anyone who can reach this address can use the fake API and read its inbox: every email, request body',
    'and webhook payload your app sent. It has no real authentication. Use --host 127.0.0.1 unless you mean it.',
  ].join('\n');
}

/**
 * True when a `Host` header names this machine (`localhost`, `127.x.x.x`, `[::1]`, any port). A
 * server bound to loopback answers only these: a page whose DNS name was rebound to 127.0.0.1
 * still sends its own name, and is refused.
 */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
  return isLoopback(name.toLowerCase());
}

/** Why a request naming another host is refused (one line, the header quoted). */
export function hostRefusal(host: string | undefined): string {
  return `host ${JSON.stringify(host ?? '')} is not served: this server is bound to loopback and answers requests for localhost, 127.0.0.1 or [::1] only`;
}
