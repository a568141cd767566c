/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */

import type { SdkIdRoute } from '../sdk-ids.js';

/**
 * `METHOD /path` of each route the official SDK calls with its path IDs inside the options → the
 * SDK's keys where they are not a parameter's camelCase name (`ids`), the route it calls instead when
 * the options give `alternate.param`, and ID keys that are also a body field (`shared`).
 */
export const SDK_IDS: Readonly<Record<string, SdkIdRoute>> = {
  "DELETE /contacts/{contact_id}/segments/{segment_id}": {
    "ids": {
      "contact_id": [
        "contactId",
        "email"
      ]
    }
  },
  "DELETE /contacts/{id}": {
    "ids": {
      "id": [
        "id",
        "email"
      ]
    },
    "alternate": {
      "param": "audience_id",
      "route": "DELETE /audiences/{audience_id}/contacts/{id}"
    }
  },
  "DELETE /inboxes/{inbox_id}/drafts/{draft_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "DELETE /inboxes/{inbox_id}/labels/{label_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "DELETE /inboxes/{inbox_id}/threads/{thread_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "DELETE /inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /automations/{automation_id}/runs": {},
  "GET /automations/{automation_id}/runs/{run_id}": {},
  "GET /contacts/{contact_id}/segments": {
    "ids": {
      "contact_id": [
        "contactId",
        "email"
      ]
    }
  },
  "GET /contacts/{contact_id}/topics": {
    "ids": {
      "contact_id": [
        "id",
        "email"
      ]
    }
  },
  "GET /contacts/{id}": {
    "ids": {
      "id": [
        "id",
        "email"
      ]
    },
    "alternate": {
      "param": "audience_id",
      "route": "GET /audiences/{audience_id}/contacts/{id}"
    }
  },
  "GET /emails/receiving/{email_id}/attachments": {},
  "GET /emails/receiving/{email_id}/attachments/{attachment_id}": {
    "ids": {
      "attachment_id": [
        "id"
      ]
    }
  },
  "GET /emails/{email_id}/attachments": {},
  "GET /emails/{email_id}/attachments/{attachment_id}": {
    "ids": {
      "attachment_id": [
        "id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/agent": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/drafts": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/drafts/{draft_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/labels": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/search": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/{thread_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/{thread_id}/emails": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "GET /webhooks/{webhook_id}/events": {},
  "GET /webhooks/{webhook_id}/events/{event_id}": {},
  "GET /webhooks/{webhook_id}/events/{event_id}/attempts": {},
  "PATCH /contact-properties/{id}": {},
  "PATCH /contacts/{contact_id}/topics": {
    "ids": {
      "contact_id": [
        "id",
        "email"
      ]
    }
  },
  "PATCH /contacts/{id}": {
    "ids": {
      "id": [
        "id",
        "email"
      ]
    },
    "shared": [
      "email"
    ],
    "alternate": {
      "param": "audience_id",
      "route": "PATCH /audiences/{audience_id}/contacts/{id}"
    }
  },
  "PATCH /domains/{domain_id}": {
    "ids": {
      "domain_id": [
        "id"
      ]
    }
  },
  "PATCH /emails/{email_id}": {
    "ids": {
      "email_id": [
        "id"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/agent": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/drafts/{draft_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/labels/{label_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/threads/{thread_id}": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "PATCH /topics/{topic_id}": {
    "ids": {
      "topic_id": [
        "id"
      ]
    }
  },
  "POST /contacts/{contact_id}/segments/{segment_id}": {
    "ids": {
      "contact_id": [
        "contactId",
        "email"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/drafts": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/drafts/{draft_id}/send": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/labels": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/labels": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  },
  "POST /webhooks/{webhook_id}/events/{event_id}/replay": {},
  "PUT /inboxes/{inbox_id}/threads/{thread_id}/labels": {
    "ids": {
      "inbox_id": [
        "inboxId",
        "emailAddress"
      ]
    }
  }
};
