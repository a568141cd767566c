/** Every hand-written behaviour, by method and normalised path template. */
import { apiKeyRoutes } from './api-keys.js';
import { broadcastRoutes } from './broadcasts.js';
import { contactRoutes } from './contacts.js';
import type { ResourceRoute } from './context.js';
import { domainRoutes } from './domains.js';
import { emailRoutes } from './emails.js';
import { segmentRoutes } from './segments.js';
import { templateRoutes } from './templates.js';
import { topicRoutes } from './topics.js';
import { webhookEventRoutes } from './webhook-events.js';
import { webhookRoutes } from './webhooks.js';

/** All routes; the spec decides which of them are reachable. */
export const resourceRoutes: readonly ResourceRoute[] = [
  ...emailRoutes,
  ...domainRoutes,
  ...apiKeyRoutes,
  ...segmentRoutes,
  ...contactRoutes,
  ...topicRoutes,
  ...broadcastRoutes,
  ...templateRoutes,
  ...webhookRoutes,
  ...webhookEventRoutes,
];
