/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */

import type { SdkIdRoute } from '../sdk-ids.js';

/**
 * `METHOD /path` → the keys of its path parameters in the official SDK's options object (the SDK's
 * first, the API's name last), and the route the SDK calls instead when the options give `alternate.param`.
 */
export const SDK_IDS: Readonly<Record<string, SdkIdRoute>> = {
  "DELETE /contacts/{contact_id}/segments/{segment_id}": {
    "keys": {
      "contact_id": [
        "contactId",
        "email",
        "contact_id"
      ],
      "segment_id": [
        "segmentId",
        "segment_id"
      ]
    }
  },
  "DELETE /contacts/{id}": {
    "keys": {
      "id": [
        "id",
        "email"
      ]
    },
    "alternate": {
      "param": "audience_id",
      "route": "DELETE /audiences/{audience_id}/contacts/{id}",
      "keys": {
        "audience_id": [
          "audienceId",
          "audience_id"
        ],
        "id": [
          "id",
          "email"
        ]
      }
    }
  },
  "DELETE /inboxes/{inbox_id}/drafts/{draft_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "draft_id": [
        "draftId",
        "draft_id"
      ]
    }
  },
  "DELETE /inboxes/{inbox_id}/labels/{label_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "label_id": [
        "labelId",
        "label_id"
      ]
    }
  },
  "DELETE /inboxes/{inbox_id}/threads/{thread_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ]
    }
  },
  "DELETE /inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ],
      "label_id": [
        "labelId",
        "label_id"
      ]
    }
  },
  "GET /automations/{automation_id}/runs": {
    "keys": {
      "automation_id": [
        "automationId",
        "automation_id"
      ]
    }
  },
  "GET /automations/{automation_id}/runs/{run_id}": {
    "keys": {
      "automation_id": [
        "automationId",
        "automation_id"
      ],
      "run_id": [
        "runId",
        "run_id"
      ]
    }
  },
  "GET /contacts/{contact_id}/segments": {
    "keys": {
      "contact_id": [
        "contactId",
        "email",
        "contact_id"
      ]
    }
  },
  "GET /contacts/{contact_id}/topics": {
    "keys": {
      "contact_id": [
        "id",
        "email",
        "contact_id"
      ]
    }
  },
  "GET /contacts/{id}": {
    "keys": {
      "id": [
        "id",
        "email"
      ]
    },
    "alternate": {
      "param": "audience_id",
      "route": "GET /audiences/{audience_id}/contacts/{id}",
      "keys": {
        "audience_id": [
          "audienceId",
          "audience_id"
        ],
        "id": [
          "id",
          "email"
        ]
      }
    }
  },
  "GET /emails/receiving/{email_id}/attachments": {
    "keys": {
      "email_id": [
        "emailId",
        "email_id"
      ]
    }
  },
  "GET /emails/receiving/{email_id}/attachments/{attachment_id}": {
    "keys": {
      "email_id": [
        "emailId",
        "email_id"
      ],
      "attachment_id": [
        "id",
        "attachment_id"
      ]
    }
  },
  "GET /emails/{email_id}/attachments": {
    "keys": {
      "email_id": [
        "emailId",
        "email_id"
      ]
    }
  },
  "GET /emails/{email_id}/attachments/{attachment_id}": {
    "keys": {
      "email_id": [
        "emailId",
        "email_id"
      ],
      "attachment_id": [
        "id",
        "attachment_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/agent": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/drafts": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/drafts/{draft_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "draft_id": [
        "draftId",
        "draft_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/labels": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/search": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/{thread_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/{thread_id}/emails": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ]
    }
  },
  "GET /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ],
      "email_id": [
        "emailId",
        "email_id"
      ]
    }
  },
  "GET /webhooks/{webhook_id}/events": {
    "keys": {
      "webhook_id": [
        "webhookId",
        "webhook_id"
      ]
    }
  },
  "GET /webhooks/{webhook_id}/events/{event_id}": {
    "keys": {
      "webhook_id": [
        "webhookId",
        "webhook_id"
      ],
      "event_id": [
        "eventId",
        "event_id"
      ]
    }
  },
  "GET /webhooks/{webhook_id}/events/{event_id}/attempts": {
    "keys": {
      "webhook_id": [
        "webhookId",
        "webhook_id"
      ],
      "event_id": [
        "eventId",
        "event_id"
      ]
    }
  },
  "PATCH /contact-properties/{id}": {
    "keys": {
      "id": [
        "id"
      ]
    }
  },
  "PATCH /contacts/{contact_id}/topics": {
    "keys": {
      "contact_id": [
        "id",
        "email",
        "contact_id"
      ]
    }
  },
  "PATCH /contacts/{id}": {
    "keys": {
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
      "route": "PATCH /audiences/{audience_id}/contacts/{id}",
      "keys": {
        "audience_id": [
          "audienceId",
          "audience_id"
        ],
        "id": [
          "id",
          "email"
        ]
      }
    }
  },
  "PATCH /domains/{domain_id}": {
    "keys": {
      "domain_id": [
        "id",
        "domain_id"
      ]
    }
  },
  "PATCH /emails/{email_id}": {
    "keys": {
      "email_id": [
        "id",
        "email_id"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/agent": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/drafts/{draft_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "draft_id": [
        "draftId",
        "draft_id"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/labels/{label_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "label_id": [
        "labelId",
        "label_id"
      ]
    }
  },
  "PATCH /inboxes/{inbox_id}/threads/{thread_id}": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ]
    }
  },
  "PATCH /topics/{topic_id}": {
    "keys": {
      "topic_id": [
        "id",
        "topic_id"
      ]
    }
  },
  "POST /contacts/{contact_id}/segments/{segment_id}": {
    "keys": {
      "contact_id": [
        "contactId",
        "email",
        "contact_id"
      ],
      "segment_id": [
        "segmentId",
        "segment_id"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/drafts": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/drafts/{draft_id}/send": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "draft_id": [
        "draftId",
        "draft_id"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/labels": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ],
      "email_id": [
        "emailId",
        "email_id"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ],
      "email_id": [
        "emailId",
        "email_id"
      ]
    }
  },
  "POST /inboxes/{inbox_id}/threads/{thread_id}/labels": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ]
    }
  },
  "POST /webhooks/{webhook_id}/events/{event_id}/replay": {
    "keys": {
      "webhook_id": [
        "webhookId",
        "webhook_id"
      ],
      "event_id": [
        "eventId",
        "event_id"
      ]
    }
  },
  "PUT /inboxes/{inbox_id}/threads/{thread_id}/labels": {
    "keys": {
      "inbox_id": [
        "inboxId",
        "emailAddress",
        "inbox_id"
      ],
      "thread_id": [
        "threadId",
        "thread_id"
      ]
    }
  }
};
