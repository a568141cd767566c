/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */
interface components {
    schemas: {
        /**
         * @description Payload of `contact.created`: a contact was created (not fired for contacts imported from CSV).
         * @example {
         *       "type": "contact.created",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *         "email": "ada@example.com",
         *         "first_name": "Ada",
         *         "last_name": "Lovelace",
         *         "unsubscribed": false,
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "updated_at": "2026-04-03T22:13:42.674Z",
         *         "segment_ids": [
         *           "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *         ]
         *       }
         *     }
         */
        ContactCreatedEvent: {
            /** @constant */
            type: "contact.created";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookContactData"];
        };
        /**
         * @description Payload of `contact.deleted`: a contact was deleted.
         * @example {
         *       "type": "contact.deleted",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *         "email": "ada@example.com",
         *         "first_name": "Ada",
         *         "last_name": "Lovelace",
         *         "unsubscribed": false,
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "updated_at": "2026-04-03T22:13:42.674Z",
         *         "segment_ids": [
         *           "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *         ]
         *       }
         *     }
         */
        ContactDeletedEvent: {
            /** @constant */
            type: "contact.deleted";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookContactData"];
        };
        /**
         * @description Payload of `contact.topics.updated`: a contact opted in to or out of one or more topics.
         * @example {
         *       "type": "contact.topics.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email": "ada@example.com",
         *         "topics": [
         *           {
         *             "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *             "subscription": "opt_out"
         *           }
         *         ]
         *       }
         *     }
         */
        ContactTopicsUpdatedEvent: {
            /** @constant */
            type: "contact.topics.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookContactTopicsData"];
        };
        /**
         * @description Payload of `contact.updated`: a contact was changed.
         * @example {
         *       "type": "contact.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *         "email": "ada@example.com",
         *         "first_name": "Ada",
         *         "last_name": "Lovelace",
         *         "unsubscribed": false,
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "updated_at": "2026-04-03T22:13:42.674Z",
         *         "segment_ids": [
         *           "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *         ]
         *       }
         *     }
         */
        ContactUpdatedEvent: {
            /** @constant */
            type: "contact.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookContactData"];
        };
        /**
         * @description Payload of `domain.created`: a domain was added to the team.
         * @example {
         *       "type": "domain.created",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *         "name": "acme.dev",
         *         "status": "verified",
         *         "region": "us-east-1",
         *         "created_at": "2026-04-01T09:00:00.000Z",
         *         "records": [
         *           {
         *             "record": "SPF",
         *             "name": "send",
         *             "type": "MX",
         *             "ttl": "Auto",
         *             "status": "verified",
         *             "value": "feedback-smtp.us-east-1.amazonses.com",
         *             "priority": 10
         *           },
         *           {
         *             "record": "DKIM",
         *             "name": "resend._domainkey",
         *             "type": "TXT",
         *             "ttl": "Auto",
         *             "status": "verified",
         *             "value": "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC"
         *           }
         *         ]
         *       }
         *     }
         */
        DomainCreatedEvent: {
            /** @constant */
            type: "domain.created";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookDomainData"];
        };
        /**
         * @description Payload of `domain.deleted`: a domain was removed from the team.
         * @example {
         *       "type": "domain.deleted",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *         "name": "acme.dev",
         *         "status": "verified",
         *         "region": "us-east-1",
         *         "created_at": "2026-04-01T09:00:00.000Z",
         *         "records": [
         *           {
         *             "record": "SPF",
         *             "name": "send",
         *             "type": "MX",
         *             "ttl": "Auto",
         *             "status": "verified",
         *             "value": "feedback-smtp.us-east-1.amazonses.com",
         *             "priority": 10
         *           },
         *           {
         *             "record": "DKIM",
         *             "name": "resend._domainkey",
         *             "type": "TXT",
         *             "ttl": "Auto",
         *             "status": "verified",
         *             "value": "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC"
         *           }
         *         ]
         *       }
         *     }
         */
        DomainDeletedEvent: {
            /** @constant */
            type: "domain.deleted";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookDomainData"];
        };
        /**
         * @description Payload of `domain.updated`: a domain changed, for example its verification status.
         * @example {
         *       "type": "domain.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *         "name": "acme.dev",
         *         "status": "verified",
         *         "region": "us-east-1",
         *         "created_at": "2026-04-01T09:00:00.000Z",
         *         "records": [
         *           {
         *             "record": "SPF",
         *             "name": "send",
         *             "type": "MX",
         *             "ttl": "Auto",
         *             "status": "verified",
         *             "value": "feedback-smtp.us-east-1.amazonses.com",
         *             "priority": 10
         *           },
         *           {
         *             "record": "DKIM",
         *             "name": "resend._domainkey",
         *             "type": "TXT",
         *             "ttl": "Auto",
         *             "status": "verified",
         *             "value": "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC"
         *           }
         *         ]
         *       }
         *     }
         */
        DomainUpdatedEvent: {
            /** @constant */
            type: "domain.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookDomainData"];
        };
        /**
         * @description Payload of `email.bounced`: the receiving mail server rejected the email for good.
         * @example {
         *       "type": "email.bounced",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         },
         *         "bounce": {
         *           "type": "Permanent",
         *           "subType": "NoEmail",
         *           "message": "The recipient address does not exist.",
         *           "diagnosticCode": [
         *             "smtp; 550 5.1.1 user unknown"
         *           ]
         *         }
         *       }
         *     }
         */
        EmailBouncedEvent: {
            /** @constant */
            type: "email.bounced";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailBouncedData"];
        };
        /**
         * @description Payload of `email.clicked`: the recipient clicked a link in the email (needs click tracking on the domain).
         * @example {
         *       "type": "email.clicked",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         },
         *         "click": {
         *           "link": "https://acme.dev/pricing",
         *           "ipAddress": "203.0.113.7",
         *           "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15",
         *           "timestamp": "2026-04-03T22:20:11.012Z"
         *         }
         *       }
         *     }
         */
        EmailClickedEvent: {
            /** @constant */
            type: "email.clicked";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailClickedData"];
        };
        /**
         * @description Payload of `email.complained`: the email was delivered and the recipient then reported it as spam.
         * @example {
         *       "type": "email.complained",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         }
         *       }
         *     }
         */
        EmailComplainedEvent: {
            /** @constant */
            type: "email.complained";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailData"];
        };
        /**
         * @description Payload of `email.delivered`: the receiving mail server accepted the email.
         * @example {
         *       "type": "email.delivered",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         }
         *       }
         *     }
         */
        EmailDeliveredEvent: {
            /** @constant */
            type: "email.delivered";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailData"];
        };
        /**
         * @description Payload of `email.delivery_delayed`: delivery hit a temporary problem, such as a full mailbox or a struggling receiving server.
         * @example {
         *       "type": "email.delivery_delayed",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         }
         *       }
         *     }
         */
        EmailDeliveryDelayedEvent: {
            /** @constant */
            type: "email.delivery_delayed";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailData"];
        };
        /**
         * @description Payload of `email.failed`: the email could not be sent, for example because of an invalid recipient, an API key or domain problem, or a used-up quota.
         * @example {
         *       "type": "email.failed",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         },
         *         "failed": {
         *           "reason": "reached_daily_quota"
         *         }
         *       }
         *     }
         */
        EmailFailedEvent: {
            /** @constant */
            type: "email.failed";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailFailedData"];
        };
        /**
         * @description Payload of `email.opened`: the recipient opened the email (needs open tracking on the domain).
         * @example {
         *       "type": "email.opened",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         }
         *       }
         *     }
         */
        EmailOpenedEvent: {
            /** @constant */
            type: "email.opened";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailData"];
        };
        /**
         * @description Payload of `email.received`: an inbound email arrived on a receiving domain; the payload has no bodies.
         * @example {
         *       "type": "email.received",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Ada Lovelace <ada@example.com>",
         *         "to": [
         *           "support@acme.dev"
         *         ],
         *         "cc": [],
         *         "bcc": [],
         *         "subject": "Invoice question",
         *         "message_id": "<CAF1x2y3z@mail.example.com>",
         *         "attachments": [
         *           {
         *             "id": "660e8400-e29b-41d4-a716-446655440000",
         *             "filename": "invoice.pdf",
         *             "content_type": "application/pdf",
         *             "content_disposition": "attachment"
         *           }
         *         ]
         *       }
         *     }
         */
        EmailReceivedEvent: {
            /** @constant */
            type: "email.received";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookReceivedEmailData"];
        };
        /**
         * @description Payload of `email.scheduled`: the email was scheduled to be sent later.
         * @example {
         *       "type": "email.scheduled",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         }
         *       }
         *     }
         */
        EmailScheduledEvent: {
            /** @constant */
            type: "email.scheduled";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailData"];
        };
        /**
         * @description Payload of `email.sent`: resend accepted the email through the API and will try to deliver it.
         * @example {
         *       "type": "email.sent",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         }
         *       }
         *     }
         */
        EmailSentEvent: {
            /** @constant */
            type: "email.sent";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailData"];
        };
        /**
         * @description Payload of `email.suppressed`: resend did not send the email because the address is suppressed.
         * @example {
         *       "type": "email.suppressed",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "tags": {
         *           "category": "welcome"
         *         },
         *         "suppressed": {
         *           "type": "OnAccountSuppressionList",
         *           "reason": "previous_bounce",
         *           "message": "The address is on the team suppression list.",
         *           "diagnosticCode": []
         *         }
         *       }
         *     }
         */
        EmailSuppressedEvent: {
            /** @constant */
            type: "email.suppressed";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookEmailSuppressedData"];
        };
        /**
         * @description Payload of `inbox.created`: Beta: an inbox was created.
         * @example {
         *       "type": "inbox.created",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxCreatedEvent: {
            /** @constant */
            type: "inbox.created";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.deleted`: Beta: an inbox was deleted.
         * @example {
         *       "type": "inbox.deleted",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxDeletedEvent: {
            /** @constant */
            type: "inbox.deleted";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.draft.created`: Beta: a draft was created.
         * @example {
         *       "type": "inbox.draft.created",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxDraftCreatedEvent: {
            /** @constant */
            type: "inbox.draft.created";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.draft.deleted`: Beta: a draft was deleted.
         * @example {
         *       "type": "inbox.draft.deleted",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxDraftDeletedEvent: {
            /** @constant */
            type: "inbox.draft.deleted";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.draft.sent`: Beta: a draft was sent.
         * @example {
         *       "type": "inbox.draft.sent",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxDraftSentEvent: {
            /** @constant */
            type: "inbox.draft.sent";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.draft.updated`: Beta: a draft was changed.
         * @example {
         *       "type": "inbox.draft.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxDraftUpdatedEvent: {
            /** @constant */
            type: "inbox.draft.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.email.received`: Beta: an inbound email was added to a thread.
         * @example {
         *       "type": "inbox.email.received",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxEmailReceivedEvent: {
            /** @constant */
            type: "inbox.email.received";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.email.sent`: Beta: an email sent from the inbox was added to a thread.
         * @example {
         *       "type": "inbox.email.sent",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxEmailSentEvent: {
            /** @constant */
            type: "inbox.email.sent";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.thread.assigned`: Beta: a thread was assigned.
         * @example {
         *       "type": "inbox.thread.assigned",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxThreadAssignedEvent: {
            /** @constant */
            type: "inbox.thread.assigned";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.thread.created`: Beta: a new conversation thread started in an inbox.
         * @example {
         *       "type": "inbox.thread.created",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxThreadCreatedEvent: {
            /** @constant */
            type: "inbox.thread.created";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.thread.folder.updated`: Beta: a thread was moved to another folder.
         * @example {
         *       "type": "inbox.thread.folder.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxThreadFolderUpdatedEvent: {
            /** @constant */
            type: "inbox.thread.folder.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.thread.labels.updated`: Beta: labels were added to or removed from a thread.
         * @example {
         *       "type": "inbox.thread.labels.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxThreadLabelsUpdatedEvent: {
            /** @constant */
            type: "inbox.thread.labels.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.thread.unassigned`: Beta: a thread's assignment was removed.
         * @example {
         *       "type": "inbox.thread.unassigned",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxThreadUnassignedEvent: {
            /** @constant */
            type: "inbox.thread.unassigned";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `inbox.updated`: Beta: an inbox was changed.
         * @example {
         *       "type": "inbox.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "source": "api",
         *         "inbox_id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *       }
         *     }
         */
        InboxUpdatedEvent: {
            /** @constant */
            type: "inbox.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookInboxData"];
        };
        /**
         * @description Payload of `suppression.added`: an address was added to the suppression list.
         * @example {
         *       "type": "suppression.added",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *         "email": "ada@example.com",
         *         "origin": "bounce",
         *         "source_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z"
         *       }
         *     }
         */
        SuppressionAddedEvent: {
            /** @constant */
            type: "suppression.added";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookSuppressionData"];
        };
        /**
         * @description Payload of `suppression.removed`: an address was removed from the suppression list.
         * @example {
         *       "type": "suppression.removed",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *         "email": "ada@example.com",
         *         "origin": "bounce",
         *         "source_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *         "created_at": "2026-04-03T22:13:42.674Z"
         *       }
         *     }
         */
        SuppressionRemovedEvent: {
            /** @constant */
            type: "suppression.removed";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookSuppressionData"];
        };
        /**
         * @description Payload of `topic.created`: a topic was created.
         * @example {
         *       "type": "topic.created",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *         "name": "Product updates",
         *         "description": "News about features we ship.",
         *         "default_subscription": "opt_in",
         *         "deleted": false,
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "updated_at": "2026-04-03T22:13:42.674Z"
         *       }
         *     }
         */
        TopicCreatedEvent: {
            /** @constant */
            type: "topic.created";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookTopicData"];
        };
        /**
         * @description Payload of `topic.deleted`: a topic was deleted.
         * @example {
         *       "type": "topic.deleted",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *         "name": "Product updates",
         *         "description": "News about features we ship.",
         *         "default_subscription": "opt_in",
         *         "deleted": true,
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "updated_at": "2026-04-03T22:13:42.674Z"
         *       }
         *     }
         */
        TopicDeletedEvent: {
            /** @constant */
            type: "topic.deleted";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookTopicData"];
        };
        /**
         * @description Payload of `topic.updated`: a topic was changed.
         * @example {
         *       "type": "topic.updated",
         *       "created_at": "2026-04-03T22:13:45.102Z",
         *       "data": {
         *         "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *         "name": "Product updates",
         *         "description": "News about features we ship.",
         *         "default_subscription": "opt_in",
         *         "deleted": false,
         *         "created_at": "2026-04-03T22:13:42.674Z",
         *         "updated_at": "2026-04-03T22:13:42.674Z"
         *       }
         *     }
         */
        TopicUpdatedEvent: {
            /** @constant */
            type: "topic.updated";
            /** @description When the event happened (ISO 8601); parse leniently. */
            created_at: string;
            data: components["schemas"]["WebhookTopicData"];
        };
        /** @description The contact a contact event is about. */
        WebhookContactData: {
            /** Format: uuid */
            id: string;
            email: string;
            first_name?: string;
            last_name?: string;
            unsubscribed: boolean;
            /** @description Parse leniently. */
            created_at: string;
            /** @description Parse leniently. */
            updated_at: string;
            /** @deprecated */
            audience_id?: string;
            segment_ids?: string[];
        };
        WebhookContactTopicSubscription: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subscription: "opt_in" | "opt_out";
        };
        /** @description A contact's topic subscriptions after the change. */
        WebhookContactTopicsData: {
            email: string;
            topics: components["schemas"]["WebhookContactTopicSubscription"][];
        };
        /** @description The domain a domain event is about. */
        WebhookDomainData: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            status: "pending" | "verified" | "failed" | "not_started" | "partially_verified" | "partially_failed";
            /** @enum {string} */
            region: "us-east-1" | "eu-west-1" | "sa-east-1" | "ap-northeast-1";
            /** @description Parse leniently. */
            created_at: string;
            records: components["schemas"]["WebhookDomainRecord"][];
        };
        /** @description A DNS record of the domain. In webhooks the receiving record's purpose reads `Receiving MX` (the domain API says `Receiving`). */
        WebhookDomainRecord: {
            /** @enum {string} */
            record: "SPF" | "DKIM" | "Receiving MX" | "Tracking" | "TrackingCAA";
            name: string;
            /** @enum {string} */
            type: "MX" | "TXT" | "CNAME" | "CAA";
            ttl: string;
            /** @enum {string} */
            status: "pending" | "verified" | "failed" | "temporary_failure" | "not_started";
            value: string;
            /** @description MX records only. */
            priority?: number;
        };
        /** @description Why the receiving server rejected the email. */
        WebhookEmailBounce: {
            /** @enum {string} */
            type: "Undetermined" | "Transient" | "Permanent";
            /** @enum {string} */
            subType: "Undetermined" | "General" | "NoEmail" | "MailboxFull" | "MessageTooLarge" | "ContentRejected" | "AttachmentRejected";
            message: string;
            /** @description The receiving server's SMTP answers, one per recipient. */
            diagnosticCode: string[];
        };
        WebhookEmailBouncedData: components["schemas"]["WebhookEmailData"] & {
            bounce: components["schemas"]["WebhookEmailBounce"];
        };
        /** @description One click on a tracked link. */
        WebhookEmailClick: {
            link: string;
            ipAddress: string;
            userAgent: string;
            /** @description When the click happened; parse leniently. */
            timestamp: string;
        };
        WebhookEmailClickedData: components["schemas"]["WebhookEmailData"] & {
            click: components["schemas"]["WebhookEmailClick"];
        };
        /**
         * @description The email an outbound email event is about.
         * @example {
         *       "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "created_at": "2026-04-03T22:13:42.674Z",
         *       "from": "Acme <onboarding@acme.dev>",
         *       "to": [
         *         "delivered@resend.dev"
         *       ],
         *       "subject": "Hello World",
         *       "message_id": "<4ef9a417-02e9-4d39-ad75-9611e0fcc33c@resend.dev>",
         *       "tags": {
         *         "category": "welcome"
         *       }
         *     }
         */
        WebhookEmailData: {
            /** Format: uuid */
            email_id: string;
            /** @description When the email was created; parse leniently. */
            created_at: string;
            from: string;
            /** @description The recipients the event applies to. */
            to: string[];
            subject: string;
            /** @description The email's `Message-ID` header (the docs' payloads carry it; Resend's OpenAPI file does not list it). */
            message_id?: string;
            /** @description The broadcast the email belongs to, if any. */
            broadcast_id?: string;
            /** @description The template the email was built from, if any. */
            template_id?: string;
            /** @description The email's tags, as a name-to-value map. */
            tags?: {
                [key: string]: string;
            };
            /** @description Custom headers of the email; absent when it had none. */
            headers?: components["schemas"]["WebhookEmailHeader"][];
        };
        WebhookEmailFailedData: components["schemas"]["WebhookEmailData"] & {
            failed: components["schemas"]["WebhookEmailFailure"];
        };
        WebhookEmailFailure: {
            /** @description Why sending failed, for example `reached_daily_quota`. */
            reason: string;
        };
        WebhookEmailHeader: {
            name: string;
            value: string;
        };
        WebhookEmailSuppressedData: components["schemas"]["WebhookEmailData"] & {
            suppressed: components["schemas"]["WebhookEmailSuppression"];
        };
        /** @description Why Resend did not send to the address. */
        WebhookEmailSuppression: {
            /** @enum {string} */
            type: "Suppressed" | "OnAccountSuppressionList";
            /** @enum {string} */
            reason: "previous_bounce" | "previous_complaint";
            message: string;
            diagnosticCode: string[];
        };
        /**
         * @description Beta. Always carries `source` and `inbox_id`, plus the IDs and objects that apply to the event
         *     (thread, email, draft, labels…). Keys that do not apply are left out rather than set to null;
         *     objects are read when the event is sent, and email and draft objects leave out `html` and
         *     `text`. Resend does not publish the full key list, so other keys are allowed.
         */
        WebhookInboxData: {
            /** @description What caused the event; Resend does not publish the values. */
            source: string;
            /** Format: uuid */
            inbox_id: string;
        } & {
            [key: string]: unknown;
        };
        WebhookReceivedEmailAttachment: {
            id: string;
            filename?: string;
            content_type?: string;
            /** @description `inline` or `attachment`. */
            content_disposition?: string;
            content_id?: string;
        };
        /** @description An inbound email, without its bodies; fetch those with `GET /emails/receiving/{email_id}`. */
        WebhookReceivedEmailData: {
            /** Format: uuid */
            email_id: string;
            /** @description When the email arrived; parse leniently. */
            created_at: string;
            from: string;
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string;
            message_id: string;
            attachments: components["schemas"]["WebhookReceivedEmailAttachment"][];
        };
        /** @description The suppression list entry a suppression event is about. */
        WebhookSuppressionData: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            origin: "bounce" | "complaint" | "manual";
            source_id: string | null;
            /** @description Parse leniently. */
            created_at: string;
        };
        /** @description The topic a topic event is about. */
        WebhookTopicData: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** @enum {string} */
            default_subscription: "opt_in" | "opt_out";
            deleted: boolean;
            /** @description Parse leniently. */
            created_at: string;
            /** @description Parse leniently. */
            updated_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}

/** The `email.sent` payload. */
export type EmailSentEvent = components['schemas']['EmailSentEvent'];
/** The `email.delivered` payload. */
export type EmailDeliveredEvent = components['schemas']['EmailDeliveredEvent'];
/** The `email.delivery_delayed` payload. */
export type EmailDeliveryDelayedEvent = components['schemas']['EmailDeliveryDelayedEvent'];
/** The `email.bounced` payload. */
export type EmailBouncedEvent = components['schemas']['EmailBouncedEvent'];
/** The `email.complained` payload. */
export type EmailComplainedEvent = components['schemas']['EmailComplainedEvent'];
/** The `email.opened` payload. */
export type EmailOpenedEvent = components['schemas']['EmailOpenedEvent'];
/** The `email.clicked` payload. */
export type EmailClickedEvent = components['schemas']['EmailClickedEvent'];
/** The `email.failed` payload. */
export type EmailFailedEvent = components['schemas']['EmailFailedEvent'];
/** The `email.scheduled` payload. */
export type EmailScheduledEvent = components['schemas']['EmailScheduledEvent'];
/** The `email.suppressed` payload. */
export type EmailSuppressedEvent = components['schemas']['EmailSuppressedEvent'];
/** The `email.received` payload. */
export type EmailReceivedEvent = components['schemas']['EmailReceivedEvent'];
/** The `contact.created` payload. */
export type ContactCreatedEvent = components['schemas']['ContactCreatedEvent'];
/** The `contact.updated` payload. */
export type ContactUpdatedEvent = components['schemas']['ContactUpdatedEvent'];
/** The `contact.deleted` payload. */
export type ContactDeletedEvent = components['schemas']['ContactDeletedEvent'];
/** The `contact.topics.updated` payload. */
export type ContactTopicsUpdatedEvent = components['schemas']['ContactTopicsUpdatedEvent'];
/** The `domain.created` payload. */
export type DomainCreatedEvent = components['schemas']['DomainCreatedEvent'];
/** The `domain.updated` payload. */
export type DomainUpdatedEvent = components['schemas']['DomainUpdatedEvent'];
/** The `domain.deleted` payload. */
export type DomainDeletedEvent = components['schemas']['DomainDeletedEvent'];
/** The `suppression.added` payload. */
export type SuppressionAddedEvent = components['schemas']['SuppressionAddedEvent'];
/** The `suppression.removed` payload. */
export type SuppressionRemovedEvent = components['schemas']['SuppressionRemovedEvent'];
/** The `topic.created` payload. */
export type TopicCreatedEvent = components['schemas']['TopicCreatedEvent'];
/** The `topic.updated` payload. */
export type TopicUpdatedEvent = components['schemas']['TopicUpdatedEvent'];
/** The `topic.deleted` payload. */
export type TopicDeletedEvent = components['schemas']['TopicDeletedEvent'];
/** The `inbox.created` payload. */
export type InboxCreatedEvent = components['schemas']['InboxCreatedEvent'];
/** The `inbox.updated` payload. */
export type InboxUpdatedEvent = components['schemas']['InboxUpdatedEvent'];
/** The `inbox.deleted` payload. */
export type InboxDeletedEvent = components['schemas']['InboxDeletedEvent'];
/** The `inbox.thread.created` payload. */
export type InboxThreadCreatedEvent = components['schemas']['InboxThreadCreatedEvent'];
/** The `inbox.thread.folder.updated` payload. */
export type InboxThreadFolderUpdatedEvent = components['schemas']['InboxThreadFolderUpdatedEvent'];
/** The `inbox.thread.assigned` payload. */
export type InboxThreadAssignedEvent = components['schemas']['InboxThreadAssignedEvent'];
/** The `inbox.thread.unassigned` payload. */
export type InboxThreadUnassignedEvent = components['schemas']['InboxThreadUnassignedEvent'];
/** The `inbox.thread.labels.updated` payload. */
export type InboxThreadLabelsUpdatedEvent = components['schemas']['InboxThreadLabelsUpdatedEvent'];
/** The `inbox.email.received` payload. */
export type InboxEmailReceivedEvent = components['schemas']['InboxEmailReceivedEvent'];
/** The `inbox.email.sent` payload. */
export type InboxEmailSentEvent = components['schemas']['InboxEmailSentEvent'];
/** The `inbox.draft.created` payload. */
export type InboxDraftCreatedEvent = components['schemas']['InboxDraftCreatedEvent'];
/** The `inbox.draft.updated` payload. */
export type InboxDraftUpdatedEvent = components['schemas']['InboxDraftUpdatedEvent'];
/** The `inbox.draft.sent` payload. */
export type InboxDraftSentEvent = components['schemas']['InboxDraftSentEvent'];
/** The `inbox.draft.deleted` payload. */
export type InboxDraftDeletedEvent = components['schemas']['InboxDraftDeletedEvent'];

/** Every payload a Resend webhook delivers, discriminated by `type`. */
export type WebhookEvent =
  | EmailSentEvent
  | EmailDeliveredEvent
  | EmailDeliveryDelayedEvent
  | EmailBouncedEvent
  | EmailComplainedEvent
  | EmailOpenedEvent
  | EmailClickedEvent
  | EmailFailedEvent
  | EmailScheduledEvent
  | EmailSuppressedEvent
  | EmailReceivedEvent
  | ContactCreatedEvent
  | ContactUpdatedEvent
  | ContactDeletedEvent
  | ContactTopicsUpdatedEvent
  | DomainCreatedEvent
  | DomainUpdatedEvent
  | DomainDeletedEvent
  | SuppressionAddedEvent
  | SuppressionRemovedEvent
  | TopicCreatedEvent
  | TopicUpdatedEvent
  | TopicDeletedEvent
  | InboxCreatedEvent
  | InboxUpdatedEvent
  | InboxDeletedEvent
  | InboxThreadCreatedEvent
  | InboxThreadFolderUpdatedEvent
  | InboxThreadAssignedEvent
  | InboxThreadUnassignedEvent
  | InboxThreadLabelsUpdatedEvent
  | InboxEmailReceivedEvent
  | InboxEmailSentEvent
  | InboxDraftCreatedEvent
  | InboxDraftUpdatedEvent
  | InboxDraftSentEvent
  | InboxDraftDeletedEvent;

/** Every event type, in the order of the spec. */
export const WEBHOOK_EVENT_TYPES = [
  'email.sent',
  'email.delivered',
  'email.delivery_delayed',
  'email.bounced',
  'email.complained',
  'email.opened',
  'email.clicked',
  'email.failed',
  'email.scheduled',
  'email.suppressed',
  'email.received',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.topics.updated',
  'domain.created',
  'domain.updated',
  'domain.deleted',
  'suppression.added',
  'suppression.removed',
  'topic.created',
  'topic.updated',
  'topic.deleted',
  'inbox.created',
  'inbox.updated',
  'inbox.deleted',
  'inbox.thread.created',
  'inbox.thread.folder.updated',
  'inbox.thread.assigned',
  'inbox.thread.unassigned',
  'inbox.thread.labels.updated',
  'inbox.email.received',
  'inbox.email.sent',
  'inbox.draft.created',
  'inbox.draft.updated',
  'inbox.draft.sent',
  'inbox.draft.deleted',
] as const;
