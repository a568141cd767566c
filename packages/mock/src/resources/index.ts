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
import { automationRoutes } from './automations.js';
import { emailMetricsRoutes } from './email-metrics.js';
import { contactImportRoutes } from './contact-imports.js';
import { contactPropertyRoutes } from './contact-properties.js';
import { domainClaimRoutes } from './domain-claims.js';
import { eventRoutes } from './events.js';
import { inboxDraftRoutes } from './inbox-drafts.js';
import { inboxLabelRoutes } from './inbox-labels.js';
import { inboxRoutes } from './inboxes.js';
import { suppressionRoutes } from './suppressions.js';
import { emailAttachmentRoutes } from './email-attachments.js';
import { receivedEmailRoutes } from './received-emails.js';
import { emailShareRoutes } from './email-share.js';
import { logRoutes } from './logs.js';
import { usageRoutes } from './usage.js';
import { broadcastDeliveryRoutes } from './broadcast-delivery.js';
import { inboxThreadRoutes } from './inbox-threads.js';
import { oauthRoutes } from './oauth.js';
import { segmentMetricsRoutes } from './segment-metrics.js';

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
  ...emailMetricsRoutes,
  ...contactPropertyRoutes,
  ...contactImportRoutes,
  ...domainClaimRoutes,
  ...suppressionRoutes,
  ...eventRoutes,
  ...automationRoutes,
  ...inboxRoutes,
  ...inboxDraftRoutes,
  ...inboxLabelRoutes,
  ...webhookEventRoutes,
  ...emailAttachmentRoutes,
  ...receivedEmailRoutes,
  ...emailShareRoutes,
  ...logRoutes,
  ...usageRoutes,
  ...broadcastDeliveryRoutes,
  ...inboxThreadRoutes,
  ...oauthRoutes,
  ...segmentMetricsRoutes,
];
