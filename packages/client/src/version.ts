/** The version of `@resendkit/client`, sent in the User-Agent (`resendkit/<VERSION>`). Kept equal to package.json by a test. */
export const VERSION = '0.0.0';
