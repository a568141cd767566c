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
