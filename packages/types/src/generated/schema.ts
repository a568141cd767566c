/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */
export interface paths {
    "/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sent emails
         * @description Lists sent emails, newest first, one page at a time.
         */
        get: operations["listEmails"];
        put?: never;
        /**
         * Send an email
         * @description Sends one email now, or schedules it with `scheduled_at`.
         */
        post: operations["sendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send up to 100 emails at once
         * @description Sends a batch of up to 100 emails as one request; the batch counts once against the rate limit.
         */
        post: operations["sendBatchEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/{email_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an email
         * @description Returns one sent email with its bodies and latest event.
         */
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The body of every error from the API's JSON routes.
         * @example {
         *       "statusCode": 422,
         *       "name": "missing_required_field",
         *       "message": "Missing `to` field."
         *     }
         */
        ErrorResponse: {
            /** @description The HTTP status, repeated in the body. */
            statusCode: number;
            name: components["schemas"]["ErrorName"];
            /** @description Human-readable detail; for validation errors it names the offending field. */
            message: string;
        };
        /**
         * @description Machine-readable error type. Key on this, not on the HTTP status: the same name is used with
         *     more than one status (for example `validation_error` arrives as 400, 403 or 422). The list
         *     includes names from an earlier revision of Resend's errors page (`invalid_api_key`,
         *     `invalid_from_address`, `invalid_access`, `invalid_region`, `security_error`,
         *     `internal_server_error`), which clients should still expect.
         * @enum {string}
         */
        ErrorName: "invalid_idempotency_key" | "validation_error" | "missing_api_key" | "restricted_api_key" | "email_above_quota" | "invalid_permission" | "suspended_api_key" | "not_found" | "method_not_allowed" | "concurrent_idempotent_requests" | "invalid_idempotent_request" | "resource_locked" | "invalid_attachment" | "invalid_parameter" | "missing_required_field" | "missing_required_parameter" | "daily_quota_exceeded" | "monthly_quota_exceeded" | "rate_limit_exceeded" | "application_error" | "service_unavailable" | "invalid_api_key" | "invalid_from_address" | "invalid_access" | "invalid_region" | "security_error" | "internal_server_error";
        /**
         * @description The non-JSON page returned in front of the API (error code 1010) when a request has no
         *     `User-Agent` header.
         * @example error code: 1010
         */
        UserAgentBlocked: string;
        /**
         * @description The envelope shared by every paginated list: `object` is always `list`, `has_more` says
         *     whether items exist beyond this page, and `data` (added by each list schema) holds the items.
         */
        ListEnvelope: {
            /** @constant */
            object: "list";
            /** @description True when more items exist beyond this page in the direction walked. */
            has_more: boolean;
        };
        /** @description Acknowledgement returned when an object is deleted. */
        DeletedObject: {
            /** @description The type of the deleted object. */
            object: string;
            id: string;
            /** @constant */
            deleted: true;
        };
        /** @description One address, or a list of addresses. */
        EmailAddressList: string | string[];
        /** @description A key/value pair attached to an email, returned in webhook events. */
        EmailTag: {
            /** @description ASCII letters, digits, underscores and dashes only. */
            name: string;
            /** @description ASCII letters, digits, underscores and dashes only. */
            value: string;
        };
        /**
         * @description A file to attach. Give either `content` (Base64) or `path` (a URL Resend fetches); one of
         *     the two is required, otherwise the API answers 422 `invalid_attachment`. The whole email,
         *     attachments included, may be at most 40 MB after Base64 encoding.
         */
        EmailAttachmentInput: {
            /** @description The file's bytes, Base64-encoded. Resend's own spec marks this `format binary`; the API takes Base64 text in JSON. */
            content?: string;
            /** @description Name shown to the recipient; also used to derive the content type. */
            filename?: string;
            /**
             * Format: uri
             * @description A URL Resend downloads the attachment from, instead of `content`.
             */
            path?: string;
            /** @description MIME type; derived from `filename` when absent. */
            content_type?: string;
            /** @description Content ID for inline images referenced as `cid:<content_id>` in the HTML. */
            content_id?: string;
        } | unknown | unknown;
        /** @description Send with a published template instead of `html`/`text`. */
        EmailTemplateInput: {
            /** @description ID or alias of a published template. */
            id: string;
            /** @description Values for the template variables: keys of ASCII letters, digits and `_`; strings up to 2,000 characters. */
            variables?: {
                [key: string]: string | number;
            };
        };
        /**
         * @description One email. `template` excludes `html` and `text`. When `text` is absent it is derived from
         *     `html`; an empty string switches that off.
         * @example {
         *       "from": "Acme <onboarding@acme.dev>",
         *       "to": [
         *         "delivered@resend.dev"
         *       ],
         *       "subject": "Welcome to Acme",
         *       "html": "<p>Thanks for signing up, <strong>Ada</strong>!</p>",
         *       "tags": [
         *         {
         *           "name": "category",
         *           "value": "welcome"
         *         }
         *       ]
         *     }
         */
        SendEmailRequest: {
            /** @description Sender, as `you@example.com` or `Your Name <you@example.com>`, on a verified domain. */
            from: string;
            /** @description Recipient address or addresses, at most 50. */
            to: string | string[];
            subject: string;
            cc?: components["schemas"]["EmailAddressList"];
            bcc?: components["schemas"]["EmailAddressList"];
            reply_to?: components["schemas"]["EmailAddressList"];
            /** @description The HTML body. */
            html?: string;
            /** @description The plain-text body; derived from `html` when absent, and not derived when `""`. */
            text?: string;
            template?: components["schemas"]["EmailTemplateInput"];
            /** @description Extra email headers. */
            headers?: {
                [key: string]: string;
            };
            /** @description When to send, as an ISO 8601 timestamp or natural language (`in 1 min`); at most 30 days ahead. */
            scheduled_at?: string;
            attachments?: components["schemas"]["EmailAttachmentInput"][];
            tags?: components["schemas"]["EmailTag"][];
            /** @description Topic whose unsubscribed contacts are skipped. */
            topic_id?: string;
        };
        /**
         * @description One email of a batch: the same fields as a single send except `attachments`, which the batch
         *     endpoint does not accept (Resend's own spec allows them; its docs do not, and we follow the
         *     docs).
         * @example {
         *       "from": "Acme <onboarding@acme.dev>",
         *       "to": "delivered@resend.dev",
         *       "subject": "Your receipt",
         *       "text": "Thanks for your order."
         *     }
         */
        BatchEmailItem: {
            from: string;
            to: string | string[];
            subject: string;
            cc?: components["schemas"]["EmailAddressList"];
            bcc?: components["schemas"]["EmailAddressList"];
            reply_to?: components["schemas"]["EmailAddressList"];
            html?: string;
            text?: string;
            template?: components["schemas"]["EmailTemplateInput"];
            headers?: {
                [key: string]: string;
            };
            scheduled_at?: string;
            tags?: components["schemas"]["EmailTag"][];
            topic_id?: string;
        };
        /**
         * @description Up to 100 emails, sent as one request.
         * @example [
         *       {
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello 1",
         *         "text": "First"
         *       },
         *       {
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello 2",
         *         "text": "Second"
         *       }
         *     ]
         */
        SendBatchEmailsRequest: components["schemas"]["BatchEmailItem"][];
        /**
         * @example {
         *       "id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"
         *     }
         */
        SendEmailResponse: {
            /**
             * Format: uuid
             * @description The new email's ID.
             */
            id: string;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "ae2014de-c168-4c61-8267-70d2662a1ce1"
         *         },
         *         {
         *           "id": "faccb7a5-8a28-4e9a-ac64-8da1cc3bc1cb"
         *         }
         *       ]
         *     }
         */
        SendBatchEmailsResponse: {
            /** @description One entry per email sent, in the order of the request. */
            data: components["schemas"]["SendEmailResponse"][];
        };
        /**
         * @description The latest delivery event of an email.
         * @enum {string}
         */
        EmailLastEvent: "bounced" | "canceled" | "clicked" | "complained" | "delivered" | "delivery_delayed" | "failed" | "opened" | "queued" | "scheduled" | "sent" | "suppressed";
        /**
         * @description A sent email. Resend's own spec omits `scheduled_at` and `tags`; the documented API returns
         *     both, and so does this description.
         * @example {
         *       "object": "email",
         *       "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "to": [
         *         "delivered@resend.dev"
         *       ],
         *       "from": "Acme <onboarding@acme.dev>",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "subject": "Hello World",
         *       "html": "<p>Congrats on sending your <strong>first email</strong>!</p>",
         *       "text": null,
         *       "bcc": null,
         *       "cc": null,
         *       "reply_to": null,
         *       "last_event": "delivered",
         *       "scheduled_at": null,
         *       "tags": [
         *         {
         *           "name": "category",
         *           "value": "confirm_email"
         *         }
         *       ]
         *     }
         */
        Email: {
            /** @constant */
            object: "email";
            /** Format: uuid */
            id: string;
            to: string[];
            from: string;
            /** @description Creation time; parse leniently (see `EmailSummary.created_at`). */
            created_at: string;
            subject: string;
            html: string | null;
            text: string | null;
            bcc: string[] | null;
            cc: string[] | null;
            reply_to: string[] | null;
            last_event: components["schemas"]["EmailLastEvent"];
            scheduled_at: string | null;
            tags?: components["schemas"]["EmailTag"][];
            message_id?: string;
        };
        /**
         * @description An email as shown in lists.
         * @example {
         *       "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "to": [
         *         "delivered@resend.dev"
         *       ],
         *       "from": "Acme <onboarding@acme.dev>",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "subject": "Hello World",
         *       "bcc": null,
         *       "cc": null,
         *       "reply_to": null,
         *       "last_event": "delivered",
         *       "scheduled_at": null
         *     }
         */
        EmailSummary: {
            /** Format: uuid */
            id: string;
            to: string[];
            from: string;
            /** @description Creation time. Resend often uses a Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            subject: string;
            bcc: string[] | null;
            cc: string[] | null;
            reply_to: string[] | null;
            last_event: components["schemas"]["EmailLastEvent"];
            scheduled_at: string | null;
            /** @description The Message-ID header of the sent email. */
            message_id?: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *           "to": [
         *             "delivered@resend.dev"
         *           ],
         *           "from": "Acme <onboarding@acme.dev>",
         *           "created_at": "2026-04-03 22:13:42.674981+00",
         *           "subject": "Hello World",
         *           "bcc": null,
         *           "cc": null,
         *           "reply_to": null,
         *           "last_event": "delivered",
         *           "scheduled_at": null
         *         }
         *       ]
         *     }
         */
        EmailList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["EmailSummary"][];
        };
    };
    responses: {
        /** @description Bad request: a parameter or the idempotency key is invalid. */
        BadRequest: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "name": "validation_error",
                 *       "message": "Invalid `limit` parameter."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key is missing, or a send-only key was used on another route. */
        Unauthorized: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "name": "missing_api_key",
                 *       "message": "Missing API key in the authorization header. Include the following header in the request: Authorization: Bearer YOUR_API_KEY"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The key is invalid, suspended or not allowed to do this. */
        Forbidden: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "name": "invalid_api_key",
                 *       "message": "API key is invalid"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
                /** @example error code: 1010 */
                "text/plain": components["schemas"]["UserAgentBlocked"];
            };
        };
        /** @description The route or the resource does not exist. */
        NotFound: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "name": "not_found",
                 *       "message": "The requested endpoint does not exist."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The method is not allowed on this path. */
        MethodNotAllowed: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 405,
                 *       "name": "method_not_allowed",
                 *       "message": "Method PUT not allowed on /emails."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An idempotency conflict, or the resource is locked by another request. */
        Conflict: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 409,
                 *       "name": "invalid_idempotent_request",
                 *       "message": "Same idempotency key used with a different request payload."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A field or parameter failed validation; the message names it. */
        UnprocessableEntity: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 422,
                 *       "name": "missing_required_field",
                 *       "message": "Missing `to` field."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests this second, or the daily or monthly quota is used up. */
        TooManyRequests: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 429,
                 *       "name": "rate_limit_exceeded",
                 *       "message": "Too many requests. You can only make 5 requests per second."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request was flagged for a security issue. */
        UnavailableForLegalReasons: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 451,
                 *       "name": "security_error",
                 *       "message": "We may have found a security issue with the request."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected failure on Resend's side. */
        InternalServerError: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 500,
                 *       "name": "application_error",
                 *       "message": "An unexpected error occurred."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API is temporarily unavailable. */
        ServiceUnavailable: {
            headers: {
                "ratelimit-limit": components["headers"]["RateLimitLimit"];
                "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "ratelimit-reset": components["headers"]["RateLimitReset"];
                "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                "x-resend-daily-quota": components["headers"]["DailyQuota"];
                "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 503,
                 *       "name": "service_unavailable",
                 *       "message": "We are temporarily unavailable. Try again later."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description How many items to return, 1–100. On always-paginated lists the default is 20; on lists that
         *     paginate on request, omitting `limit` returns every item in one response.
         * @example 20
         */
        PaginationLimit: number;
        /**
         * @description Return the page that starts right after the object with this ID (the last `id` of the previous
         *     page). The cursor itself is excluded. Cannot be combined with `before`.
         * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
         */
        PaginationAfter: string;
        /**
         * @description Return the page that ends right before the object with this ID (the first `id` of the current
         *     page). The cursor itself is excluded. Cannot be combined with `after`.
         * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
         */
        PaginationBefore: string;
        /**
         * @description A unique key for this logical request, 1–256 characters, kept for 24 hours. Repeating the same
         *     key with the same body returns the original response without sending again; the same key with
         *     a different body is refused with 409 `invalid_idempotent_request`, and a key whose original
         *     request is still running gets 409 `concurrent_idempotent_requests`.
         * @example welcome-user/123456789
         */
        IdempotencyKey: string;
        /**
         * @description Mandatory product token identifying the calling software (for example `my-app/1.0`).
         *     Requests without it are refused in front of the API with a 403 carrying error code 1010 and a
         *     non-JSON body.
         * @example my-app/1.0 resendkit/0.1.0
         */
        UserAgent: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The most requests allowed in the current window (per team, all keys together).
         * @example 5
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current window.
         * @example 4
         */
        RateLimitRemaining: number;
        /**
         * @description Seconds until the current window resets.
         * @example 1
         */
        RateLimitReset: number;
        /**
         * @description The quota policy in force, as `<limit>;w=<window seconds>` (for example `5;w=1`).
         * @example 5;w=1
         */
        RateLimitPolicy: string;
        /**
         * @description Seconds to wait before trying again. Sent with 429 responses.
         * @example 1
         */
        RetryAfter: number;
        /**
         * @description Emails sent today against the daily quota (free-plan teams only). The day is the UTC calendar day.
         * @example 12
         */
        DailyQuota: number;
        /**
         * @description Emails sent this month against the monthly quota.
         * @example 340
         */
        MonthlyQuota: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEmails: {
        parameters: {
            query?: {
                /**
                 * @description How many items to return, 1–100. On always-paginated lists the default is 20; on lists that
                 *     paginate on request, omitting `limit` returns every item in one response.
                 * @example 20
                 */
                limit?: components["parameters"]["PaginationLimit"];
                /**
                 * @description Return the page that starts right after the object with this ID (the last `id` of the previous
                 *     page). The cursor itself is excluded. Cannot be combined with `before`.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                after?: components["parameters"]["PaginationAfter"];
                /**
                 * @description Return the page that ends right before the object with this ID (the first `id` of the current
                 *     page). The cursor itself is excluded. Cannot be combined with `after`.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                before?: components["parameters"]["PaginationBefore"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of emails. */
            200: {
                headers: {
                    "ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "ratelimit-reset": components["headers"]["RateLimitReset"];
                    "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                    "x-resend-daily-quota": components["headers"]["DailyQuota"];
                    "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendEmail: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this logical request, 1–256 characters, kept for 24 hours. Repeating the same
                 *     key with the same body returns the original response without sending again; the same key with
                 *     a different body is refused with 409 `invalid_idempotent_request`, and a key whose original
                 *     request is still running gets 409 `concurrent_idempotent_requests`.
                 * @example welcome-user/123456789
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendEmailRequest"];
            };
        };
        responses: {
            /** @description The email was accepted. */
            200: {
                headers: {
                    "ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "ratelimit-reset": components["headers"]["RateLimitReset"];
                    "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                    "x-resend-daily-quota": components["headers"]["DailyQuota"];
                    "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendEmailResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendBatchEmails: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this logical request, 1–256 characters, kept for 24 hours. Repeating the same
                 *     key with the same body returns the original response without sending again; the same key with
                 *     a different body is refused with 409 `invalid_idempotent_request`, and a key whose original
                 *     request is still running gets 409 `concurrent_idempotent_requests`.
                 * @example welcome-user/123456789
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendBatchEmailsRequest"];
            };
        };
        responses: {
            /** @description Every email of the batch was accepted; IDs are in request order. */
            200: {
                headers: {
                    "ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "ratelimit-reset": components["headers"]["RateLimitReset"];
                    "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                    "x-resend-daily-quota": components["headers"]["DailyQuota"];
                    "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendBatchEmailsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email. */
            200: {
                headers: {
                    "ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "ratelimit-reset": components["headers"]["RateLimitReset"];
                    "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                    "x-resend-daily-quota": components["headers"]["DailyQuota"];
                    "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Email"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
