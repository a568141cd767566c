/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */

import type { Base64Field } from '../bytes.js';
import { type RenameTable, someItem } from '../sdk-options.js';

/**
 * `METHOD /path` → the official SDK's camelCase option names of its JSON body or query and the
 * API's names they stand for; a nested table applies inside that field (each item of an array).
 */
export const SDK_NAMES: Readonly<Record<string, RenameTable>> = {
  "GET /broadcasts/{broadcast_id}/recipients": {
    "bounceType": "bounce_type"
  },
  "GET /contacts": {
    "segmentId": "segment_id",
    "audienceId": "segment_id"
  },
  "GET /emails/metrics": {
    "startDate": "start_date",
    "endDate": "end_date",
    "domainId": "domain_id",
    "emailId": "email_id",
    "broadcastId": "broadcast_id"
  },
  "GET /emails/receiving/{email_id}": {
    "htmlFormat": "html_format"
  },
  "GET /inboxes/{inbox_id}/threads/search": {
    "hasAttachment": "has_attachment",
    "startDate": "start_date",
    "endDate": "end_date"
  },
  "GET /oauth/authorize": {
    "clientId": "client_id",
    "responseType": "response_type",
    "redirectUri": "redirect_uri",
    "codeChallenge": "code_challenge",
    "codeChallengeMethod": "code_challenge_method"
  },
  "GET /segments/metrics": {
    "segmentId": "segment_id"
  },
  "PATCH /audiences/{audience_id}/contacts/{id}": {
    "firstName": "first_name",
    "lastName": "last_name"
  },
  "PATCH /automations/{automation_id}": {
    "steps": {
      "config": {
        "eventName": "event_name",
        "replyTo": "reply_to",
        "filterRule": "filter_rule",
        "firstName": "first_name",
        "lastName": "last_name",
        "segmentId": "segment_id"
      }
    }
  },
  "PATCH /broadcasts/{broadcast_id}": {
    "segmentId": "segment_id",
    "replyTo": "reply_to",
    "previewText": "preview_text",
    "topicId": "topic_id",
    "audienceId": "audience_id"
  },
  "PATCH /contact-properties/{id}": {
    "fallbackValue": "fallback_value"
  },
  "PATCH /contacts/{id}": {
    "firstName": "first_name",
    "lastName": "last_name"
  },
  "PATCH /domains/{domain_id}": {
    "openTracking": "open_tracking",
    "clickTracking": "click_tracking",
    "trackingSubdomain": "tracking_subdomain"
  },
  "PATCH /emails/{email_id}": {
    "scheduledAt": "scheduled_at"
  },
  "PATCH /inboxes/{inbox_id}": {
    "fromName": "from_name"
  },
  "PATCH /inboxes/{inbox_id}/agent": {
    "enabledActions": "enabled_actions"
  },
  "PATCH /inboxes/{inbox_id}/drafts/{draft_id}": {
    "attachments": {
      "contentType": "content_type"
    }
  },
  "PATCH /inboxes/{inbox_id}/threads/{thread_id}": {
    "labelId": "label_id"
  },
  "PATCH /templates/{id}": {
    "replyTo": "reply_to",
    "variables": {
      "fallbackValue": "fallback_value"
    }
  },
  "POST /api-keys": {
    "domainId": "domain_id"
  },
  "POST /audiences/{audience_id}/contacts": {
    "firstName": "first_name",
    "lastName": "last_name"
  },
  "POST /automations": {
    "steps": {
      "config": {
        "eventName": "event_name",
        "replyTo": "reply_to",
        "filterRule": "filter_rule",
        "firstName": "first_name",
        "lastName": "last_name",
        "segmentId": "segment_id"
      }
    }
  },
  "POST /broadcasts": {
    "segmentId": "segment_id",
    "replyTo": "reply_to",
    "previewText": "preview_text",
    "topicId": "topic_id",
    "scheduledAt": "scheduled_at",
    "audienceId": "audience_id"
  },
  "POST /broadcasts/{broadcast_id}/send": {
    "scheduledAt": "scheduled_at"
  },
  "POST /contact-properties": {
    "fallbackValue": "fallback_value"
  },
  "POST /contacts": {
    "firstName": "first_name",
    "lastName": "last_name",
    "audienceId": "audience_id"
  },
  "POST /contacts/imports": {
    "columnMap": "column_map",
    "column_map": {
      "firstName": "first_name",
      "lastName": "last_name"
    },
    "onConflict": "on_conflict"
  },
  "POST /domains": {
    "customReturnPath": "custom_return_path",
    "openTracking": "open_tracking",
    "clickTracking": "click_tracking",
    "trackingSubdomain": "tracking_subdomain"
  },
  "POST /domains/claim": {
    "customReturnPath": "custom_return_path",
    "openTracking": "open_tracking",
    "clickTracking": "click_tracking",
    "trackingSubdomain": "tracking_subdomain"
  },
  "POST /emails": {
    "replyTo": "reply_to",
    "scheduledAt": "scheduled_at",
    "attachments": {
      "contentType": "content_type",
      "contentId": "content_id"
    },
    "topicId": "topic_id"
  },
  "POST /emails/batch": {
    "replyTo": "reply_to",
    "scheduledAt": "scheduled_at",
    "topicId": "topic_id"
  },
  "POST /emails/{email_id}/share": {
    "expiresIn": "expires_in"
  },
  "POST /events/send": {
    "contactId": "contact_id"
  },
  "POST /inboxes": {
    "emailAddress": "email_address",
    "fromName": "from_name"
  },
  "POST /inboxes/{inbox_id}/drafts": {
    "threadId": "thread_id",
    "replyToEmailId": "reply_to_email_id",
    "attachments": {
      "contentType": "content_type"
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply": {
    "replyAll": "reply_all"
  },
  "POST /oauth/register": {
    "clientName": "client_name",
    "redirectUris": "redirect_uris",
    "grantTypes": "grant_types",
    "responseTypes": "response_types",
    "tokenEndpointAuthMethod": "token_endpoint_auth_method",
    "clientUri": "client_uri",
    "logoUri": "logo_uri"
  },
  "POST /oauth/revoke": {
    "tokenTypeHint": "token_type_hint",
    "clientId": "client_id",
    "clientSecret": "client_secret"
  },
  "POST /oauth/token": {
    "grantType": "grant_type",
    "redirectUri": "redirect_uri",
    "codeVerifier": "code_verifier",
    "clientId": "client_id",
    "clientSecret": "client_secret",
    "refreshToken": "refresh_token"
  },
  "POST /segments": {
    "audienceId": "audience_id"
  },
  "POST /templates": {
    "replyTo": "reply_to",
    "variables": {
      "fallbackValue": "fallback_value"
    }
  },
  "POST /topics": {
    "defaultSubscription": "default_subscription"
  }
};

/** Per route, whether a body or query (or an item of a batch) uses any SDK name of `SDK_NAMES`. */
export const SDK_NAME_CHECKS: Readonly<Record<string, (value: unknown) => boolean>> = {
  "GET /broadcasts/{broadcast_id}/recipients": (value) => someItem(value, (v) => v.bounceType !== undefined),
  "GET /contacts": (value) => someItem(value, (v) => v.segmentId !== undefined || v.audienceId !== undefined),
  "GET /emails/metrics": (value) => someItem(value, (v) => v.startDate !== undefined || v.endDate !== undefined || v.domainId !== undefined || v.emailId !== undefined || v.broadcastId !== undefined),
  "GET /emails/receiving/{email_id}": (value) => someItem(value, (v) => v.htmlFormat !== undefined),
  "GET /inboxes/{inbox_id}/threads/search": (value) => someItem(value, (v) => v.hasAttachment !== undefined || v.startDate !== undefined || v.endDate !== undefined),
  "GET /oauth/authorize": (value) => someItem(value, (v) => v.clientId !== undefined || v.responseType !== undefined || v.redirectUri !== undefined || v.codeChallenge !== undefined || v.codeChallengeMethod !== undefined),
  "GET /segments/metrics": (value) => someItem(value, (v) => v.segmentId !== undefined),
  "PATCH /audiences/{audience_id}/contacts/{id}": (value) => someItem(value, (v) => v.firstName !== undefined || v.lastName !== undefined),
  "PATCH /automations/{automation_id}": (value) => someItem(value, (v) => someItem(v.steps, (v) => someItem(v.config, (v) => v.eventName !== undefined || v.replyTo !== undefined || v.filterRule !== undefined || v.firstName !== undefined || v.lastName !== undefined || v.segmentId !== undefined))),
  "PATCH /broadcasts/{broadcast_id}": (value) => someItem(value, (v) => v.segmentId !== undefined || v.replyTo !== undefined || v.previewText !== undefined || v.topicId !== undefined || v.audienceId !== undefined),
  "PATCH /contact-properties/{id}": (value) => someItem(value, (v) => v.fallbackValue !== undefined),
  "PATCH /contacts/{id}": (value) => someItem(value, (v) => v.firstName !== undefined || v.lastName !== undefined),
  "PATCH /domains/{domain_id}": (value) => someItem(value, (v) => v.openTracking !== undefined || v.clickTracking !== undefined || v.trackingSubdomain !== undefined),
  "PATCH /emails/{email_id}": (value) => someItem(value, (v) => v.scheduledAt !== undefined),
  "PATCH /inboxes/{inbox_id}": (value) => someItem(value, (v) => v.fromName !== undefined),
  "PATCH /inboxes/{inbox_id}/agent": (value) => someItem(value, (v) => v.enabledActions !== undefined),
  "PATCH /inboxes/{inbox_id}/drafts/{draft_id}": (value) => someItem(value, (v) => someItem(v.attachments, (v) => v.contentType !== undefined)),
  "PATCH /inboxes/{inbox_id}/threads/{thread_id}": (value) => someItem(value, (v) => v.labelId !== undefined),
  "PATCH /templates/{id}": (value) => someItem(value, (v) => v.replyTo !== undefined || someItem(v.variables, (v) => v.fallbackValue !== undefined)),
  "POST /api-keys": (value) => someItem(value, (v) => v.domainId !== undefined),
  "POST /audiences/{audience_id}/contacts": (value) => someItem(value, (v) => v.firstName !== undefined || v.lastName !== undefined),
  "POST /automations": (value) => someItem(value, (v) => someItem(v.steps, (v) => someItem(v.config, (v) => v.eventName !== undefined || v.replyTo !== undefined || v.filterRule !== undefined || v.firstName !== undefined || v.lastName !== undefined || v.segmentId !== undefined))),
  "POST /broadcasts": (value) => someItem(value, (v) => v.segmentId !== undefined || v.replyTo !== undefined || v.previewText !== undefined || v.topicId !== undefined || v.scheduledAt !== undefined || v.audienceId !== undefined),
  "POST /broadcasts/{broadcast_id}/send": (value) => someItem(value, (v) => v.scheduledAt !== undefined),
  "POST /contact-properties": (value) => someItem(value, (v) => v.fallbackValue !== undefined),
  "POST /contacts": (value) => someItem(value, (v) => v.firstName !== undefined || v.lastName !== undefined || v.audienceId !== undefined),
  "POST /contacts/imports": (value) => someItem(value, (v) => v.columnMap !== undefined || someItem(v.column_map, (v) => v.firstName !== undefined || v.lastName !== undefined) || v.onConflict !== undefined),
  "POST /domains": (value) => someItem(value, (v) => v.customReturnPath !== undefined || v.openTracking !== undefined || v.clickTracking !== undefined || v.trackingSubdomain !== undefined),
  "POST /domains/claim": (value) => someItem(value, (v) => v.customReturnPath !== undefined || v.openTracking !== undefined || v.clickTracking !== undefined || v.trackingSubdomain !== undefined),
  "POST /emails": (value) => someItem(value, (v) => v.replyTo !== undefined || v.scheduledAt !== undefined || someItem(v.attachments, (v) => v.contentType !== undefined || v.contentId !== undefined) || v.topicId !== undefined),
  "POST /emails/batch": (value) => someItem(value, (v) => v.replyTo !== undefined || v.scheduledAt !== undefined || v.topicId !== undefined),
  "POST /emails/{email_id}/share": (value) => someItem(value, (v) => v.expiresIn !== undefined),
  "POST /events/send": (value) => someItem(value, (v) => v.contactId !== undefined),
  "POST /inboxes": (value) => someItem(value, (v) => v.emailAddress !== undefined || v.fromName !== undefined),
  "POST /inboxes/{inbox_id}/drafts": (value) => someItem(value, (v) => v.threadId !== undefined || v.replyToEmailId !== undefined || someItem(v.attachments, (v) => v.contentType !== undefined)),
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply": (value) => someItem(value, (v) => v.replyAll !== undefined),
  "POST /oauth/register": (value) => someItem(value, (v) => v.clientName !== undefined || v.redirectUris !== undefined || v.grantTypes !== undefined || v.responseTypes !== undefined || v.tokenEndpointAuthMethod !== undefined || v.clientUri !== undefined || v.logoUri !== undefined),
  "POST /oauth/revoke": (value) => someItem(value, (v) => v.tokenTypeHint !== undefined || v.clientId !== undefined || v.clientSecret !== undefined),
  "POST /oauth/token": (value) => someItem(value, (v) => v.grantType !== undefined || v.redirectUri !== undefined || v.codeVerifier !== undefined || v.clientId !== undefined || v.clientSecret !== undefined || v.refreshToken !== undefined),
  "POST /segments": (value) => someItem(value, (v) => v.audienceId !== undefined),
  "POST /templates": (value) => someItem(value, (v) => v.replyTo !== undefined || someItem(v.variables, (v) => v.fallbackValue !== undefined)),
  "POST /topics": (value) => someItem(value, (v) => v.defaultSubscription !== undefined),
};

/** `METHOD /path` → its array query parameters sent as one comma-separated value (`explode: false`). */
export const COMMA_QUERIES: Readonly<Record<string, readonly string[]>> = {"GET /automations/{automation_id}/runs":["status"],"GET /inboxes/{inbox_id}/threads":["folders","labels"],"GET /inboxes/{inbox_id}/threads/search":["from","to","cc","bcc","folders","labels"]};

/** Routes whose body takes a `react` element, rendered to its `html`. */
export const REACT_ROUTES: readonly string[] = ["POST /emails","POST /emails/batch","POST /broadcasts","PATCH /broadcasts/{broadcast_id}","POST /templates","PATCH /templates/{id}"];

/**
 * `METHOD /path` → the fields of its body that carry Base64 text (`contentEncoding: base64`), which
 * also take bytes (`[list, field]`: the field of each item of the array `list`).
 */
export const BASE64_FIELDS: Readonly<Record<string, readonly Base64Field[]>> = {"POST /emails":[["attachments","content"]],"POST /inboxes/{inbox_id}/drafts":[["attachments","content"]],"PATCH /inboxes/{inbox_id}/drafts/{draft_id}":[["attachments","content"]]};
