/** Files the fake serves itself (attachments of sent emails, raw inbound messages), in front of the API's gates like a CDN. */
import { isFilePath, serveFile } from '../../files.js';
import { answer, type Stage } from '../exchange.js';
import type { FakeRuntime } from '../runtime.js';

export function filesStage(runtime: FakeRuntime): Stage {
  return (exchange, next) => {
    if (!isFilePath(exchange.pathname)) return next();
    return Promise.resolve(answer(serveFile(runtime.state, exchange.method, exchange.pathname, runtime.now())));
  };
}
