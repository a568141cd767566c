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
        /**
         * Reschedule an email
         * @description Moves a scheduled email to a new send time. Resend's own spec declares no request body and
         *     echoes the body shape as the response; we follow the docs (body `{scheduled_at}`, response
         *     `{object, id}`).
         */
        patch: operations["updateEmail"];
        trace?: never;
    };
    "/emails/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve email metrics
         * @description Returns delivery and engagement metrics for the team over a date range, optionally broken
         *     down by period, domain, email or broadcast (private beta). List parameters may be repeated or
         *     given as one comma-separated value.
         */
        get: operations["getEmailMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/{email_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sent email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled email
         * @description Stops a scheduled email from being sent. Resend's own spec says the full email comes back;
         *     the docs (which we follow) return `{object, id}`.
         */
        post: operations["cancelEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/{email_id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of a sent or received email.
                 * @example 49a3999c-0ce1-4ea6-ab68-afcd6dc2e794
                 */
                email_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a shareable link to an email
         * @description Creates a link, valid for at most 48 hours, that shows a sent or received email to anyone holding it.
         */
        post: operations["shareEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/{email_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sent email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        /**
         * List a sent email's attachments
         * @description Lists the attachments of a sent email with signed download URLs. Without `limit` every
         *     attachment comes back in one response (docs; Resend's spec does not say).
         */
        get: operations["listEmailAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/{email_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sent email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
                /**
                 * @description The attachment's ID.
                 * @example 2a0c9ce0-3112-4728-976e-47ddcd16a318
                 */
                attachment_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a sent email's attachment
         * @description Returns one attachment's metadata and a signed, expiring download URL.
         */
        get: operations["getEmailAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/receiving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List received emails
         * @description Lists emails received by the team, newest first; without `limit` every email comes back in one response.
         */
        get: operations["listReceivedEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/receiving/{email_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The received email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a received email
         * @description Returns one received email with its bodies and headers. An email that arrived while the team
         *     was over quota answers 403 `email_above_quota`.
         */
        get: operations["getReceivedEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/receiving/{email_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The received email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        /**
         * List a received email's attachments
         * @description Lists the attachments of a received email with signed download URLs; without `limit` all come back at once.
         */
        get: operations["listReceivedEmailAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/emails/receiving/{email_id}/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The received email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
                /**
                 * @description The attachment's ID.
                 * @example 2a0c9ce0-3112-4728-976e-47ddcd16a318
                 */
                attachment_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a received email's attachment
         * @description Returns one attachment of a received email with a signed, expiring download URL.
         */
        get: operations["getReceivedEmailAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List domains
         * @description Lists the team's domains, newest first; without `limit` every domain comes back in one response.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Add a domain
         * @description Adds a domain to the team and returns the DNS records to publish before it can be verified.
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a domain verified by another team
         * @description Starts taking over a domain that another team has verified: creates a placeholder domain on
         *     this team and returns a TXT record to publish. Resend's spec also lists 200; the docs say 201.
         */
        post: operations["createDomainClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{domain_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The domain's ID.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a domain
         * @description Returns one domain with its DNS records and their verification status.
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /**
         * Remove a domain
         * @description Removes a domain from the team.
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        /**
         * Update a domain
         * @description Changes a domain's tracking, TLS and capability settings.
         */
        patch: operations["updateDomain"];
        trace?: never;
    };
    "/domains/{domain_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The domain's ID.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a domain
         * @description Starts an asynchronous DNS check of the domain's DKIM, SPF and tracking CNAME records; poll the domain for the result.
         */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{domain_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the placeholder domain the claim created.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a domain claim
         * @description Returns the claim attached to a placeholder domain, with its TXT record and status.
         */
        get: operations["getDomainClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{domain_id}/claim/verify": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the placeholder domain the claim created.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a domain claim
         * @description Starts an asynchronous check of the claim's TXT record; poll the claim for the result.
         */
        post: operations["verifyDomainClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the team's API keys without their tokens; without `limit` every key comes back in one response.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key; its token is returned only in this response.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{api_key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's ID.
                 * @example dacf4072-4119-4d88-932f-6202748ac7c8
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an API key
         * @description Revokes an API key for good; requests made with it fail from then on.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /**
         * Rename an API key
         * @description Changes an API key's name; its permission and token stay the same.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/oauth/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OAuth grants
         * @description Lists the team's OAuth grants, revoked ones included. Without `limit` every grant comes back
         *     in one response (docs; Resend's spec does not say).
         */
        get: operations["listOAuthGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/grants/{oauth_grant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The grant's ID.
                 * @example 650e8400-e29b-41d4-a716-446655440001
                 */
                oauth_grant_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an OAuth grant
         * @description Revokes a grant and every access and refresh token issued under it; an unknown or already revoked grant answers 404.
         */
        delete: operations["revokeOAuthGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start an OAuth authorization
         * @description Browser endpoint that starts the authorization-code + PKCE flow: it redirects (302) to
         *     Resend's consent screen, which later redirects to `redirect_uri` with `code` and `state`.
         *     Open it in the user's browser rather than fetching it. Errors found before `client_id` and
         *     `redirect_uri` are validated come back as an OAuth JSON error; later ones redirect to a
         *     trusted `redirect_uri` with `error`/`error_description`, or come back as JSON otherwise.
         */
        get: operations["authorizeOAuthClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an OAuth client
         * @description Dynamically registers a client (RFC 7591) without an API key; limited to 20 registrations per
         *     hour per IP address. Confidential clients get a `client_secret`, shown only here. The docs do
         *     not state the success status; we use RFC 7591's 201.
         */
        post: operations["registerOAuthClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a code or refresh token for tokens
         * @description Issues an access token (ES256 JWT, 900 s) and a rotating refresh token (60 days), either for
         *     an authorization code with its PKCE verifier or for a refresh token. Needs no API key.
         *     Confidential clients authenticate with HTTP Basic (`client_secret_basic`, then `client_id`
         *     may be left out of the body) or with `client_secret` in the body (`client_secret_post`),
         *     never both. Form encoding is what most OAuth libraries send.
         */
        post: operations["createOAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a refresh token
         * @description Revokes a refresh token and with it the whole grant (RFC 7009); always 200 with an empty
         *     body on success. Access tokens cannot be revoked on their own. Needs no API key; confidential
         *     clients authenticate as at the token endpoint.
         */
        post: operations["revokeOAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List templates
         * @description Lists the team's templates, newest first, 20 per page unless `limit` says otherwise.
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Creates a draft template; publish it before sending with it.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a template
         * @description Returns one template, by ID or alias, with its current version's content and variables.
         */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /**
         * Remove a template
         * @description Removes a template and all its versions.
         */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /**
         * Update a template
         * @description Changes a template's draft; published content changes only when it is published again.
         */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/templates/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a template
         * @description Makes the template's current draft the version used when sending.
         */
        post: operations["publishTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a template
         * @description Creates a copy of a template and returns the copy's ID.
         */
        post: operations["duplicateTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audiences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audiences
         * @deprecated
         * @description Deprecated; list segments instead. Returns every audience in one response, without `has_more`.
         */
        get: operations["listAudiences"];
        put?: never;
        /**
         * Create an audience
         * @deprecated
         * @description Deprecated; create a segment instead. Creates a named audience.
         */
        post: operations["createAudience"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audiences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an audience
         * @deprecated
         * @description Deprecated; retrieve a segment instead. Returns one audience.
         */
        get: operations["getAudience"];
        put?: never;
        post?: never;
        /**
         * Remove an audience
         * @deprecated
         * @description Deprecated; remove a segment instead. Removes an audience.
         */
        delete: operations["deleteAudience"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Lists contacts, newest first, optionally only those of one segment; without `limit` every
         *     contact comes back in one response. The docs show `has_more` (Resend's spec omits it); we
         *     follow the docs.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Adds a contact, optionally to segments and with topic subscriptions.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact imports
         * @description Lists CSV imports, newest first, optionally by status; the docs give a default page size of 10 here.
         */
        get: operations["listContactImports"];
        put?: never;
        /**
         * Import contacts from a CSV file
         * @description Starts an asynchronous import of a CSV file sent as `multipart/form-data`; `column_map`,
         *     `segments` and `topics` travel as JSON-encoded form fields. Imports do not fire
         *     `contact.created` webhooks.
         */
        post: operations["createContactImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The import's ID.
                 * @example 479e3145-dd38-476b-932c-529ceb705947
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a contact import
         * @description Returns one import with its progress counts.
         */
        get: operations["getContactImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a contact
         * @description Returns one contact, by ID or email address, with its custom properties.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Remove a contact
         * @description Removes a contact by ID or email address.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes a contact's fields, global unsubscribe flag or custom properties.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/contacts/{contact_id}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
            };
            cookie?: never;
        };
        /**
         * List a contact's segments
         * @description Lists the segments a contact belongs to. Without `limit` all come back in one response
         *     (docs; Resend's spec does not say).
         */
        get: operations["listContactSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contact_id}/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
                /**
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a contact to a segment
         * @description Makes the contact a member of the segment.
         */
        post: operations["addContactToSegment"];
        /**
         * Remove a contact from a segment
         * @description Takes the contact out of the segment; the contact itself stays.
         */
        delete: operations["removeContactFromSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contact_id}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
            };
            cookie?: never;
        };
        /**
         * List a contact's topic subscriptions
         * @description Lists topics with the contact's subscription to each. Without `limit` all come back in one
         *     response (docs; Resend's spec does not say).
         */
        get: operations["listContactTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a contact's topic subscriptions
         * @description Opts the contact in to or out of the given topics; topics not listed keep their subscription.
         */
        patch: operations["updateContactTopics"];
        trace?: never;
    };
    "/contact-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact properties
         * @description Lists the custom contact properties, 20 per page unless `limit` says otherwise (docs; Resend's spec does not say).
         */
        get: operations["listContactProperties"];
        put?: never;
        /**
         * Create a contact property
         * @description Defines a custom contact field with a type and an optional fallback value.
         */
        post: operations["createContactProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contact-properties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact property's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a contact property
         * @description Returns one custom contact property.
         */
        get: operations["getContactProperty"];
        put?: never;
        post?: never;
        /**
         * Remove a contact property
         * @description Removes a custom contact property and its values on every contact.
         */
        delete: operations["deleteContactProperty"];
        options?: never;
        head?: never;
        /**
         * Update a contact property
         * @description Changes a property's fallback value, the only field that can change after creation.
         */
        patch: operations["updateContactProperty"];
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
        /**
         * @description Moves a scheduled email to a new send time.
         * @example {
         *       "scheduled_at": "2026-08-05T11:52:01.858Z"
         *     }
         */
        UpdateEmailRequest: {
            /** @description The new send time, as an ISO 8601 timestamp or natural language (`in 1 hour`); at most 30 days ahead. */
            scheduled_at: string;
        };
        /**
         * @description Acknowledgement naming the email an action applied to.
         * @example {
         *       "object": "email",
         *       "id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"
         *     }
         */
        EmailReference: {
            /** @constant */
            object: "email";
            /** Format: uuid */
            id: string;
        };
        /**
         * @description Options for a shareable link to a sent or received email.
         * @example {
         *       "expires_in": "2 hours"
         *     }
         */
        ShareEmailRequest: {
            /** @description How long the link stays valid, as a duration such as `10m`, `2 hours` or `1 day`. Defaults to, and may not exceed, 48 hours. */
            expires_in?: string;
        };
        /**
         * @description A link anyone can open to view the email until it expires.
         * @example {
         *       "object": "email",
         *       "id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794",
         *       "url": "https://resend.com/shared?token=eyJhbGciOiJIUzI1NiJ9.example.signature"
         *     }
         */
        ShareEmailResponse: {
            /** @constant */
            object: "email";
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description The shareable link.
             */
            url: string;
        };
        /**
         * @description Metadata of a file attached to a sent or received email, with a signed, expiring download URL.
         * @example {
         *       "id": "2a0c9ce0-3112-4728-976e-47ddcd16a318",
         *       "filename": "avatar.png",
         *       "content_type": "image/png",
         *       "content_disposition": "inline",
         *       "content_id": "img001",
         *       "download_url": "https://outbound-cdn.resend.com/4ef9a417-02e9-4d39-ad75-9611e0fcc33c/attachments/2a0c9ce0-3112-4728-976e-47ddcd16a318?signature=sig-123",
         *       "expires_at": "2026-10-17T14:29:41.521Z",
         *       "size": 4096
         *     }
         */
        EmailAttachmentSummary: {
            /** Format: uuid */
            id: string;
            filename: string | null;
            /** @description The MIME type. */
            content_type: string;
            /** @enum {string|null} */
            content_disposition: "inline" | "attachment" | null;
            /** @description The Content-ID inline images are referenced by (`cid:<content_id>`). */
            content_id: string | null;
            /**
             * Format: uri
             * @description A signed URL to download the file; valid until `expires_at`.
             */
            download_url: string;
            /** @description When `download_url` stops working. */
            expires_at: string;
            /** @description Size in bytes. */
            size: number;
        };
        /**
         * @description One attachment of a sent or received email.
         * @example {
         *       "object": "attachment",
         *       "id": "2a0c9ce0-3112-4728-976e-47ddcd16a318",
         *       "filename": "avatar.png",
         *       "content_type": "image/png",
         *       "content_disposition": "inline",
         *       "content_id": "img001",
         *       "download_url": "https://outbound-cdn.resend.com/4ef9a417-02e9-4d39-ad75-9611e0fcc33c/attachments/2a0c9ce0-3112-4728-976e-47ddcd16a318?signature=sig-123",
         *       "expires_at": "2026-10-17T14:29:41.521Z",
         *       "size": 4096
         *     }
         */
        EmailAttachment: components["schemas"]["EmailAttachmentSummary"] & {
            /** @constant */
            object: "attachment";
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "2a0c9ce0-3112-4728-976e-47ddcd16a318",
         *           "filename": "avatar.png",
         *           "content_type": "image/png",
         *           "content_disposition": "inline",
         *           "content_id": "img001",
         *           "download_url": "https://outbound-cdn.resend.com/4ef9a417-02e9-4d39-ad75-9611e0fcc33c/attachments/2a0c9ce0-3112-4728-976e-47ddcd16a318?signature=sig-123",
         *           "expires_at": "2026-10-17T14:29:41.521Z",
         *           "size": 4096
         *         }
         *       ]
         *     }
         */
        EmailAttachmentList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["EmailAttachmentSummary"][];
        };
        /**
         * @description A metric of `GET /emails/metrics`. Counts are integers; `*_rate` metrics are percentages.
         * @enum {string}
         */
        EmailMetricName: "received" | "delivered" | "complained" | "suppressed" | "bounced" | "bounced_transient" | "bounced_permanent" | "bounced_undetermined" | "opened" | "clicked" | "unsubscribed" | "delivery_delayed" | "failed" | "sent" | "unique_opened" | "unique_clicked" | "delivery_rate" | "open_rate" | "click_rate" | "bounce_rate" | "complaint_rate" | "unsubscribe_rate";
        /**
         * @description A breakdown of `GET /emails/metrics`; `email` and `broadcast` cannot be combined with `domain` or each other.
         * @enum {string}
         */
        EmailMetricsDimension: "period" | "domain" | "email" | "broadcast";
        /**
         * @description Bucket size of the `period` dimension.
         * @enum {string}
         */
        EmailMetricsGranularity: "hourly" | "daily" | "weekly" | "monthly";
        /**
         * @description Values of the requested metrics; metrics that were not requested are absent.
         * @example {
         *       "sent": 1204,
         *       "delivered": 1180,
         *       "open_rate": 50
         *     }
         */
        EmailMetricValues: {
            received?: number;
            delivered?: number;
            complained?: number;
            suppressed?: number;
            bounced?: number;
            bounced_transient?: number;
            bounced_permanent?: number;
            bounced_undetermined?: number;
            opened?: number;
            clicked?: number;
            unsubscribed?: number;
            delivery_delayed?: number;
            failed?: number;
            sent?: number;
            unique_opened?: number;
            unique_clicked?: number;
            delivery_rate?: number;
            open_rate?: number;
            click_rate?: number;
            bounce_rate?: number;
            complaint_rate?: number;
            unsubscribe_rate?: number;
        };
        /**
         * @description One row of the breakdown; which keys identify the row depends on the requested dimensions.
         * @example {
         *       "period": "2026-07-01",
         *       "domain_id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *       "domain_name": "example.com",
         *       "sent": 172,
         *       "delivered": 169,
         *       "open_rate": 49.7
         *     }
         */
        EmailMetricsRow: {
            /** @description Start of the bucket (present with the `period` dimension). */
            period?: string;
            /** Format: uuid */
            domain_id?: string;
            domain_name?: string;
            /** Format: uuid */
            email_id?: string;
            /** Format: uuid */
            broadcast_id?: string;
        } & components["schemas"]["EmailMetricValues"];
        /**
         * @description Team-wide email metrics over a date range (private beta). Without dimensions only `totals` is
         *     returned; with dimensions `data` holds one row per combination. Responses may be cached for up
         *     to 15 minutes.
         * @example {
         *       "object": "metrics",
         *       "start_date": "2026-07-01T00:00:00.000Z",
         *       "end_date": "2026-07-08T00:00:00.000Z",
         *       "metrics": [
         *         "sent",
         *         "delivered",
         *         "open_rate"
         *       ],
         *       "dimensions": [
         *         "period",
         *         "domain"
         *       ],
         *       "granularity": "daily",
         *       "totals": {
         *         "sent": 1204,
         *         "delivered": 1180,
         *         "open_rate": 50
         *       },
         *       "data": [
         *         {
         *           "period": "2026-07-01",
         *           "domain_id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *           "domain_name": "example.com",
         *           "sent": 172,
         *           "delivered": 169,
         *           "open_rate": 49.7
         *         }
         *       ]
         *     }
         */
        EmailMetrics: {
            /** @constant */
            object: "metrics";
            start_date: string;
            end_date: string;
            metrics: components["schemas"]["EmailMetricName"][];
            dimensions: components["schemas"]["EmailMetricsDimension"][];
            granularity: components["schemas"]["EmailMetricsGranularity"];
            totals: components["schemas"]["EmailMetricValues"];
            data?: components["schemas"]["EmailMetricsRow"][];
        };
        /**
         * @description An attachment as listed inside a received email (no download URL; fetch it through the attachment endpoints).
         * @example {
         *       "id": "47e999c7-c89c-4999-bf32-aaaaa1c3ff21",
         *       "filename": "example.txt",
         *       "content_type": "text/plain",
         *       "content_disposition": "attachment",
         *       "content_id": null,
         *       "size": 13
         *     }
         */
        ReceivedEmailAttachmentMeta: {
            /** Format: uuid */
            id: string;
            filename: string | null;
            content_type: string;
            /** @enum {string|null} */
            content_disposition: "inline" | "attachment" | null;
            content_id: string | null;
            /** @description Size in bytes. */
            size: number;
        };
        /**
         * @description A received email as shown in lists.
         * @example {
         *       "id": "a39999a6-88e3-48b1-888b-beaabcde1b33",
         *       "to": [
         *         "recipient@example.com"
         *       ],
         *       "from": "sender@example.com",
         *       "created_at": "2026-10-09T14:37:40.951Z",
         *       "subject": "Hello World",
         *       "bcc": [],
         *       "cc": [],
         *       "reply_to": [],
         *       "message_id": "<111-222-333@email.example.com>",
         *       "attachments": [
         *         {
         *           "id": "47e999c7-c89c-4999-bf32-aaaaa1c3ff21",
         *           "filename": "example.txt",
         *           "content_type": "text/plain",
         *           "content_disposition": "attachment",
         *           "content_id": null,
         *           "size": 13
         *         }
         *       ]
         *     }
         */
        ReceivedEmailSummary: {
            /** Format: uuid */
            id: string;
            to: string[];
            from: string;
            /** @description When the email was received; parse leniently. */
            created_at: string;
            subject: string | null;
            bcc: string[] | null;
            cc: string[] | null;
            reply_to: string[] | null;
            /** @description The Message-ID header of the received email. */
            message_id: string;
            attachments: components["schemas"]["ReceivedEmailAttachmentMeta"][];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": true,
         *       "data": [
         *         {
         *           "id": "a39999a6-88e3-48b1-888b-beaabcde1b33",
         *           "to": [
         *             "recipient@example.com"
         *           ],
         *           "from": "sender@example.com",
         *           "created_at": "2026-10-09T14:37:40.951Z",
         *           "subject": "Hello World",
         *           "bcc": [],
         *           "cc": [],
         *           "reply_to": [],
         *           "message_id": "<111-222-333@email.example.com>",
         *           "attachments": []
         *         }
         *       ]
         *     }
         */
        ReceivedEmailList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ReceivedEmailSummary"][];
        };
        /**
         * @description How inline images are referenced in `html`; `data_uri` inlines them as Base64, `cid` keeps `cid:` references.
         * @enum {string}
         */
        ReceivedEmailHtmlFormat: "data_uri" | "cid";
        /**
         * @description A check result; `gray` means neither a clear pass nor a clear fail.
         * @enum {string}
         */
        ReceivedEmailAuthResult: "pass" | "fail" | "gray" | "processing_failed" | "unknown";
        /**
         * @description SPF, DKIM and DMARC results computed by the receiving server (not taken from the message, so not forgeable).
         * @example {
         *       "spf": "pass",
         *       "dkim": "pass",
         *       "dmarc": "pass"
         *     }
         */
        ReceivedEmailAuthentication: {
            spf: components["schemas"]["ReceivedEmailAuthResult"];
            dkim: components["schemas"]["ReceivedEmailAuthResult"];
            dmarc: components["schemas"]["ReceivedEmailAuthResult"];
        };
        /**
         * @description Where to download the original message file, attachments included.
         * @example {
         *       "download_url": "https://example.resend.com/receiving/raw/054da427-439a-4e91-b785-e4fb1966285f?Signature=abc",
         *       "expires_at": "2026-04-03T23:13:42.674Z"
         *     }
         */
        ReceivedEmailRaw: {
            /** Format: uri */
            download_url: string;
            expires_at: string;
        };
        /**
         * @description One received email. `html_format`, `received_for`, `authentication` and `raw` appear on the
         *     current docs page but not in Resend's own spec, so they are optional here.
         * @example {
         *       "object": "email",
         *       "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "to": [
         *         "delivered@resend.dev"
         *       ],
         *       "from": "onboarding@resend.dev",
         *       "created_at": "2026-04-03T22:13:42.674Z",
         *       "subject": "Hello World",
         *       "html": "Congrats on sending your <strong>first email</strong>!",
         *       "html_format": "data_uri",
         *       "text": null,
         *       "headers": {
         *         "from": "Acme <onboarding@resend.dev>",
         *         "mime-version": "1.0"
         *       },
         *       "bcc": [],
         *       "cc": [],
         *       "reply_to": [],
         *       "received_for": [
         *         "forwarded@example.com"
         *       ],
         *       "authentication": {
         *         "spf": "pass",
         *         "dkim": "pass",
         *         "dmarc": "pass"
         *       },
         *       "message_id": "<111-222-333@email.example.com>",
         *       "raw": {
         *         "download_url": "https://example.resend.com/receiving/raw/054da427-439a-4e91-b785-e4fb1966285f?Signature=abc",
         *         "expires_at": "2026-04-03T23:13:42.674Z"
         *       },
         *       "attachments": [
         *         {
         *           "id": "2a0c9ce0-3112-4728-976e-47ddcd16a318",
         *           "filename": "avatar.png",
         *           "content_type": "image/png",
         *           "content_disposition": "inline",
         *           "content_id": "img001",
         *           "size": 4096
         *         }
         *       ]
         *     }
         */
        ReceivedEmail: components["schemas"]["ReceivedEmailSummary"] & {
            /** @constant */
            object: "email";
            html: string | null;
            text: string | null;
            /** @description The message headers, lower-cased names. */
            headers: {
                [key: string]: string;
            } | null;
            html_format?: components["schemas"]["ReceivedEmailHtmlFormat"];
            /** @description Addresses the email was forwarded for, from the `for` clauses of its Received headers. */
            received_for?: string[];
            authentication?: components["schemas"]["ReceivedEmailAuthentication"] | null;
            raw?: components["schemas"]["ReceivedEmailRaw"] | null;
        };
        /**
         * @description The AWS region emails of the domain are sent from.
         * @enum {string}
         */
        DomainRegion: "us-east-1" | "eu-west-1" | "sa-east-1" | "ap-northeast-1";
        /**
         * @description Verification status of a domain.
         * @enum {string}
         */
        DomainStatus: "pending" | "verified" | "failed" | "not_started" | "partially_verified" | "partially_failed";
        /**
         * @description `opportunistic` (default) falls back to plain SMTP when the receiver lacks TLS; `enforced` refuses to.
         * @enum {string}
         */
        DomainTls: "opportunistic" | "enforced";
        /** @enum {string} */
        DomainCapabilityStatus: "enabled" | "disabled";
        /**
         * @description Whether the domain sends and receives email.
         * @example {
         *       "sending": "enabled",
         *       "receiving": "disabled"
         *     }
         */
        DomainCapabilities: {
            sending: components["schemas"]["DomainCapabilityStatus"];
            receiving: components["schemas"]["DomainCapabilityStatus"];
        };
        /**
         * @description Capabilities to set; sending defaults to `enabled`, receiving to `disabled`, and at least one must stay enabled.
         * @example {
         *       "receiving": "enabled"
         *     }
         */
        DomainCapabilitiesInput: {
            sending?: components["schemas"]["DomainCapabilityStatus"];
            receiving?: components["schemas"]["DomainCapabilityStatus"];
        };
        /**
         * @description A DNS record to publish for the domain.
         * @example {
         *       "record": "SPF",
         *       "name": "send",
         *       "type": "MX",
         *       "ttl": "Auto",
         *       "status": "not_started",
         *       "value": "feedback-smtp.us-east-1.amazonses.com",
         *       "priority": 10
         *     }
         */
        DomainRecord: {
            /**
             * @description What the record is for.
             * @enum {string}
             */
            record: "SPF" | "DKIM" | "Receiving" | "Tracking" | "TrackingCAA";
            name: string;
            /** @enum {string} */
            type: "MX" | "TXT" | "CNAME" | "CAA";
            /** @description Time to live, for example `Auto`. */
            ttl: string;
            /** @enum {string} */
            status: "pending" | "verified" | "failed" | "temporary_failure" | "not_started";
            value: string;
            /** @description MX records only. */
            priority?: number;
        };
        /**
         * @description A domain to add. Open and click tracking only take effect once a tracking subdomain is verified.
         * @example {
         *       "name": "example.com",
         *       "region": "eu-west-1",
         *       "capabilities": {
         *         "sending": "enabled",
         *         "receiving": "enabled"
         *       }
         *     }
         */
        CreateDomainRequest: {
            /** @description The domain name, for example `example.com`. */
            name: string;
            region?: components["schemas"]["DomainRegion"];
            /** @description Subdomain of the Return-Path address; defaults to `send` (`send.example.com`). */
            custom_return_path?: string;
            open_tracking?: boolean;
            click_tracking?: boolean;
            /** @description Subdomain for open/click tracking links, for example `links`. */
            tracking_subdomain?: string;
            tls?: components["schemas"]["DomainTls"];
            capabilities?: components["schemas"]["DomainCapabilitiesInput"];
        };
        /**
         * @description The new domain with the DNS records to publish.
         * @example {
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *       "name": "example.com",
         *       "created_at": "2026-04-26 20:21:26.347412+00",
         *       "status": "not_started",
         *       "region": "us-east-1",
         *       "capabilities": {
         *         "sending": "enabled",
         *         "receiving": "disabled"
         *       },
         *       "records": [
         *         {
         *           "record": "SPF",
         *           "name": "send",
         *           "type": "TXT",
         *           "ttl": "Auto",
         *           "status": "not_started",
         *           "value": "\"v=spf1 include:amazonses.com ~all\""
         *         },
         *         {
         *           "record": "DKIM",
         *           "name": "resend._domainkey",
         *           "type": "TXT",
         *           "ttl": "Auto",
         *           "status": "not_started",
         *           "value": "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDsc4Lh8xilsngyKEgN2S84"
         *         }
         *       ],
         *       "open_tracking": false,
         *       "click_tracking": false,
         *       "tracking_subdomain": null
         *     }
         */
        CreateDomainResponse: {
            /** @constant */
            object?: "domain";
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Creation time; parse leniently. */
            created_at: string;
            status: components["schemas"]["DomainStatus"];
            region: components["schemas"]["DomainRegion"];
            capabilities: components["schemas"]["DomainCapabilities"];
            records: components["schemas"]["DomainRecord"][];
            open_tracking: boolean;
            click_tracking: boolean;
            tracking_subdomain: string | null;
        };
        /**
         * @description A domain as shown in lists.
         * @example {
         *       "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *       "name": "example.com",
         *       "status": "verified",
         *       "created_at": "2026-04-26 20:21:26.347412+00",
         *       "region": "us-east-1",
         *       "open_tracking": false,
         *       "click_tracking": true,
         *       "capabilities": {
         *         "sending": "enabled",
         *         "receiving": "disabled"
         *       }
         *     }
         */
        DomainSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["DomainStatus"];
            /** @description Creation time; parse leniently. */
            created_at: string;
            region: components["schemas"]["DomainRegion"];
            open_tracking: boolean;
            click_tracking: boolean;
            capabilities: components["schemas"]["DomainCapabilities"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *           "name": "example.com",
         *           "status": "verified",
         *           "created_at": "2026-04-26 20:21:26.347412+00",
         *           "region": "us-east-1",
         *           "open_tracking": false,
         *           "click_tracking": true,
         *           "capabilities": {
         *             "sending": "enabled",
         *             "receiving": "disabled"
         *           }
         *         }
         *       ]
         *     }
         */
        DomainList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["DomainSummary"][];
        };
        /**
         * @description A domain with its DNS records.
         * @example {
         *       "object": "domain",
         *       "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *       "name": "example.com",
         *       "status": "not_started",
         *       "created_at": "2026-04-26 20:21:26.347412+00",
         *       "region": "us-east-1",
         *       "open_tracking": true,
         *       "click_tracking": false,
         *       "tracking_subdomain": "links",
         *       "capabilities": {
         *         "sending": "enabled",
         *         "receiving": "disabled"
         *       },
         *       "records": [
         *         {
         *           "record": "SPF",
         *           "name": "send",
         *           "type": "MX",
         *           "ttl": "Auto",
         *           "status": "not_started",
         *           "value": "feedback-smtp.us-east-1.amazonses.com",
         *           "priority": 10
         *         },
         *         {
         *           "record": "Tracking",
         *           "name": "links.example.com",
         *           "type": "CNAME",
         *           "ttl": "Auto",
         *           "status": "not_started",
         *           "value": "links1.resend-dns.com"
         *         }
         *       ]
         *     }
         */
        Domain: {
            /** @constant */
            object: "domain";
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["DomainStatus"];
            /** @description Creation time; parse leniently. */
            created_at: string;
            region: components["schemas"]["DomainRegion"];
            open_tracking: boolean;
            click_tracking: boolean;
            tracking_subdomain: string | null;
            capabilities: components["schemas"]["DomainCapabilities"];
            records: components["schemas"]["DomainRecord"][];
        };
        /**
         * @description Settings to change; omitted fields keep their value.
         * @example {
         *       "open_tracking": true,
         *       "click_tracking": true,
         *       "tls": "enforced"
         *     }
         */
        UpdateDomainRequest: {
            open_tracking?: boolean;
            click_tracking?: boolean;
            tls?: components["schemas"]["DomainTls"];
            capabilities?: components["schemas"]["DomainCapabilitiesInput"];
            tracking_subdomain?: string;
        };
        /**
         * @description Acknowledgement naming the domain an action applied to.
         * @example {
         *       "object": "domain",
         *       "id": "d91cd9bd-1176-453e-8fc1-35364d380206"
         *     }
         */
        DomainReference: {
            /** @constant */
            object: "domain";
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "domain",
         *       "id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *       "deleted": true
         *     }
         */
        DeletedDomain: components["schemas"]["DeletedObject"] & {
            /** @constant */
            object?: "domain";
        };
        /**
         * @description The domain to claim and the settings of the placeholder domain created for it.
         * @example {
         *       "name": "example.com"
         *     }
         */
        CreateDomainClaimRequest: {
            name: string;
            region?: components["schemas"]["DomainRegion"];
            /** @description Subdomain of the Return-Path address; defaults to `send`. */
            custom_return_path?: string;
            open_tracking?: boolean;
            click_tracking?: boolean;
            tracking_subdomain?: string;
        };
        /** @enum {string} */
        DomainClaimStatus: "pending" | "verified" | "completed" | "blocked" | "expired" | "superseded" | "canceled" | "failed";
        /**
         * @description A claim on a domain currently verified by another team.
         * @example {
         *       "object": "domain_claim",
         *       "id": "dacf4072-4119-4d88-932f-6c6126d3a9d1",
         *       "name": "example.com",
         *       "status": "pending",
         *       "domain_id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *       "region": "us-east-1",
         *       "record": {
         *         "type": "TXT",
         *         "name": "example.com",
         *         "value": "resend-domain-verification=3f8a1c2d4e5b6a7f8091a2b3c4d5e6f7",
         *         "ttl": "Auto"
         *       },
         *       "blocked_reason": null,
         *       "failure_reason": null,
         *       "created_at": "2026-06-16 17:12:02.059593+00",
         *       "expires_at": "2026-06-23 17:12:02.059593+00"
         *     }
         */
        DomainClaim: {
            /** @constant */
            object: "domain_claim";
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["DomainClaimStatus"];
            /**
             * Format: uuid
             * @description The placeholder domain on this team.
             */
            domain_id: string | null;
            region: components["schemas"]["DomainRegion"] | null;
            /** @description The TXT record that proves control of the domain. */
            record: {
                /** @constant */
                type: "TXT";
                name: string;
                value: string;
                ttl: string;
            };
            /** @enum {string|null} */
            blocked_reason: "grace_period" | "recent_owner_activity" | "pending_scheduled_emails" | null;
            failure_reason: string | null;
            created_at: string;
            expires_at: string;
        };
        /**
         * @description `full_access` may use every route; `sending_access` may only send emails.
         * @enum {string}
         */
        ApiKeyPermission: "full_access" | "sending_access";
        /**
         * @description A new API key. `domain_id` is only honoured together with `permission` = `sending_access`.
         * @example {
         *       "name": "Production",
         *       "permission": "sending_access",
         *       "domain_id": "d91cd9bd-1176-453e-8fc1-35364d380206"
         *     }
         */
        CreateApiKeyRequest: {
            name: string;
            permission?: components["schemas"]["ApiKeyPermission"];
            /**
             * Format: uuid
             * @description Restrict a sending key to this domain.
             */
            domain_id?: string;
        };
        /**
         * @description The new key. `token` is shown only here and cannot be retrieved later.
         * @example {
         *       "object": "api_key",
         *       "id": "dacf4072-4119-4d88-932f-6202748ac7c8",
         *       "token": "re_c1tpEyD8_NKFusih9vKVQknRAQfmFcWCv"
         *     }
         */
        CreateApiKeyResponse: {
            /** @constant */
            object?: "api_key";
            /** Format: uuid */
            id: string;
            /** @description The secret key (`re_…`). */
            token: string;
        };
        /**
         * @description An API key as shown in lists (never with its token).
         * @example {
         *       "id": "91f3200a-df72-4654-b0cd-f202395f5354",
         *       "name": "Production",
         *       "created_at": "2026-04-08 00:11:13.110779+00",
         *       "last_used_at": null
         *     }
         */
        ApiKeySummary: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Creation time; parse leniently. */
            created_at: string;
            last_used_at: string | null;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "91f3200a-df72-4654-b0cd-f202395f5354",
         *           "name": "Production",
         *           "created_at": "2026-04-08 00:11:13.110779+00",
         *           "last_used_at": "2026-04-09 12:00:01.000000+00"
         *         }
         *       ]
         *     }
         */
        ApiKeyList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ApiKeySummary"][];
        };
        /**
         * @example {
         *       "name": "Production (rotated)"
         *     }
         */
        UpdateApiKeyRequest: {
            name: string;
        };
        /**
         * @description Acknowledgement naming the API key an action applied to.
         * @example {
         *       "object": "api_key",
         *       "id": "dacf4072-4119-4d88-932f-6202748ac7c8"
         *     }
         */
        ApiKeyReference: {
            /** @constant */
            object: "api_key";
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "api_key",
         *       "id": "dacf4072-4119-4d88-932f-6202748ac7c8",
         *       "deleted": true
         *     }
         */
        DeletedApiKey: components["schemas"]["DeletedObject"] & {
            /** @constant */
            object?: "api_key";
        };
        /**
         * @description The client a grant was given to.
         * @example {
         *       "name": "Resend CLI",
         *       "logo_uri": "https://example.com/logo.png"
         *     }
         */
        OAuthGrantClient: {
            name: string;
            logo_uri: string | null;
        };
        /**
         * @description A team's consent to an OAuth client. `revoked_at` and `revoked_reason` stay null while it is active.
         * @example {
         *       "id": "650e8400-e29b-41d4-a716-446655440001",
         *       "client_id": "430eed87-632a-4ea6-90db-0aace67ec228",
         *       "scopes": [
         *         "emails:send"
         *       ],
         *       "resource": null,
         *       "created_at": "2026-04-08 00:11:13.110779+00",
         *       "revoked_at": null,
         *       "revoked_reason": null,
         *       "client": {
         *         "name": "Resend CLI",
         *         "logo_uri": "https://example.com/logo.png"
         *       }
         *     }
         */
        OAuthGrant: {
            /** Format: uuid */
            id: string;
            /** @description A registered client ID, or the URL of a Client ID Metadata Document. */
            client_id: string;
            scopes: string[];
            resource?: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            revoked_at: string | null;
            /** @description Why the grant was revoked, for example `revoked_from_api`. */
            revoked_reason: string | null;
            client: components["schemas"]["OAuthGrantClient"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "650e8400-e29b-41d4-a716-446655440002",
         *           "client_id": "430eed87-632a-4ea6-90db-0aace67ec228",
         *           "scopes": [
         *             "emails:send"
         *           ],
         *           "resource": "https://api.resend.com",
         *           "created_at": "2026-04-07 00:11:13.110779+00",
         *           "revoked_at": "2026-04-09 00:11:13.110779+00",
         *           "revoked_reason": "revoked_from_api",
         *           "client": {
         *             "name": "Resend CLI",
         *             "logo_uri": null
         *           }
         *         }
         *       ]
         *     }
         */
        OAuthGrantList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["OAuthGrant"][];
        };
        /**
         * @description The grant that was revoked.
         * @example {
         *       "object": "oauth_grant",
         *       "id": "650e8400-e29b-41d4-a716-446655440001",
         *       "revoked_at": "2026-04-08T00:11:13.110Z",
         *       "revoked_reason": "revoked_from_api"
         *     }
         */
        RevokedOAuthGrant: {
            /** @constant */
            object: "oauth_grant";
            /** Format: uuid */
            id: string;
            revoked_at: string;
            revoked_reason: string;
        };
        /**
         * @description `none` registers a public client (PKCE only); the other two register a confidential client with a secret.
         * @enum {string}
         */
        OAuthTokenEndpointAuthMethod: "none" | "client_secret_basic" | "client_secret_post";
        /**
         * @description Client metadata (RFC 7591). Redirect URIs may be `https://`, `http://` on a loopback address,
         *     or a private-use scheme (`vscode://…`); `file`, `ftp`, `data`, `javascript`, `blob`, `about`
         *     and `vbscript` are refused, and none may contain a fragment.
         * @example {
         *       "client_name": "Example OAuth Client",
         *       "redirect_uris": [
         *         "http://127.0.0.1/oauth/callback"
         *       ],
         *       "grant_types": [
         *         "authorization_code",
         *         "refresh_token"
         *       ],
         *       "response_types": [
         *         "code"
         *       ],
         *       "token_endpoint_auth_method": "none",
         *       "scope": "emails:send"
         *     }
         */
        RegisterOAuthClientRequest: {
            client_name: string;
            redirect_uris: string[];
            /** @description Must include `authorization_code`; defaults to `authorization_code` and `refresh_token`. */
            grant_types?: ("authorization_code" | "refresh_token")[];
            /** @description Only `code` is supported. */
            response_types?: "code"[];
            /** @description Space-separated scopes; defaults to every supported scope. */
            scope?: string;
            token_endpoint_auth_method?: components["schemas"]["OAuthTokenEndpointAuthMethod"];
            /**
             * Format: uri
             * @description The client's homepage (echoed back only).
             */
            client_uri?: string;
            /**
             * Format: uri
             * @description Logo shown on the consent screen.
             */
            logo_uri?: string;
        };
        /**
         * @description A registered client. `client_secret` is returned once, for confidential clients only, and never expires (`client_secret_expires_at` = 0).
         * @example {
         *       "client_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "client_id_issued_at": 1750000000,
         *       "client_name": "Example OAuth Client",
         *       "redirect_uris": [
         *         "http://127.0.0.1/oauth/callback"
         *       ],
         *       "grant_types": [
         *         "authorization_code",
         *         "refresh_token"
         *       ],
         *       "response_types": [
         *         "code"
         *       ],
         *       "token_endpoint_auth_method": "client_secret_basic",
         *       "scope": "emails:send",
         *       "client_secret": "3vProAFw7exampleSecretKpQ",
         *       "client_secret_expires_at": 0
         *     }
         */
        OAuthClient: {
            client_id: string;
            /** @description Unix time in seconds. */
            client_id_issued_at: number;
            client_name: string;
            redirect_uris: string[];
            grant_types: string[];
            response_types: string[];
            token_endpoint_auth_method: components["schemas"]["OAuthTokenEndpointAuthMethod"];
            scope: string;
            client_uri?: string;
            logo_uri?: string;
            client_secret?: string;
            /** @constant */
            client_secret_expires_at?: 0;
        };
        /**
         * @description Redeem an authorization code (single use, valid 10 minutes) with its PKCE verifier.
         * @example {
         *       "grant_type": "authorization_code",
         *       "client_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "code": "AUTHORIZATION_CODE",
         *       "redirect_uri": "http://127.0.0.1:49152/oauth/callback",
         *       "code_verifier": "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
         *     }
         */
        OAuthAuthorizationCodeGrant: {
            /** @constant */
            grant_type: "authorization_code";
            code: string;
            /** @description Exactly the `redirect_uri` of the authorization request. */
            redirect_uri: string;
            code_verifier: string;
            /** @description Required unless the client authenticates with HTTP Basic. */
            client_id?: string;
            /** @description Only for `client_secret_post` clients. */
            client_secret?: string;
        };
        /**
         * @description Trade a refresh token for new tokens; the old refresh token stops working (reusing it revokes the grant).
         * @example {
         *       "grant_type": "refresh_token",
         *       "client_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "refresh_token": "JcL7aYfE7S9h3L4qv0o2e1w8m6n5b3x9RkP2tD4uV6Q"
         *     }
         */
        OAuthRefreshTokenGrant: {
            /** @constant */
            grant_type: "refresh_token";
            refresh_token: string;
            /** @description Narrow the new access token's scopes (never widen them). */
            scope?: string;
            /** @description Required unless the client authenticates with HTTP Basic. */
            client_id?: string;
            /** @description Only for `client_secret_post` clients. */
            client_secret?: string;
        };
        /**
         * @description The token request, chosen by `grant_type`.
         * @example {
         *       "grant_type": "refresh_token",
         *       "client_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "refresh_token": "JcL7aYfE7S9h3L4qv0o2e1w8m6n5b3x9RkP2tD4uV6Q"
         *     }
         */
        OAuthTokenRequest: components["schemas"]["OAuthAuthorizationCodeGrant"] | components["schemas"]["OAuthRefreshTokenGrant"];
        /**
         * @description Tokens issued by the token endpoint.
         * @example {
         *       "access_token": "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ0ZWFtIn0.signature",
         *       "token_type": "Bearer",
         *       "expires_in": 900,
         *       "refresh_token": "JcL7aYfE7S9h3L4qv0o2e1w8m6n5b3x9RkP2tD4uV6Q",
         *       "scope": "emails:send"
         *     }
         */
        OAuthTokenResponse: {
            /** @description An ES256-signed JWT; send it as `Authorization: Bearer <token>`. */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @description Lifetime of the access token in seconds (900). */
            expires_in: number;
            /** @description Opaque; valid 60 days from issue and replaced on every use. */
            refresh_token: string;
            /** @description Space-separated scopes of the access token. */
            scope: string;
        };
        /**
         * @description The refresh token to revoke. `token_type_hint` = `access_token` is refused; other hints are ignored.
         * @example {
         *       "token": "JcL7aYfE7S9h3L4qv0o2e1w8m6n5b3x9RkP2tD4uV6Q",
         *       "client_id": "550e8400-e29b-41d4-a716-446655440000",
         *       "token_type_hint": "refresh_token"
         *     }
         */
        RevokeOAuthTokenRequest: {
            token: string;
            token_type_hint?: string;
            /** @description Required unless the client authenticates with HTTP Basic. */
            client_id?: string;
            /** @description Only for `client_secret_post` clients. */
            client_secret?: string;
        };
        /**
         * @description RFC 6749 error codes Resend documents, plus `too_many_requests` (registration rate limit).
         *     The remaining RFC 6749 codes are listed so clients can match them too.
         * @enum {string}
         */
        OAuthErrorCode: "invalid_request" | "invalid_scope" | "invalid_grant" | "unauthorized_client" | "invalid_client" | "server_error" | "too_many_requests" | "access_denied" | "unsupported_grant_type" | "unsupported_response_type" | "temporarily_unavailable";
        /**
         * @description The body of errors from the OAuth flow endpoints (`/oauth/authorize|register|token|revoke`), in RFC 6749 shape.
         * @example {
         *       "error": "invalid_grant",
         *       "error_description": "The authorization code has expired."
         *     }
         */
        OAuthError: {
            error: components["schemas"]["OAuthErrorCode"];
            error_description?: string;
        };
        /** @enum {string} */
        TemplateStatus: "draft" | "published";
        /**
         * @description Type of a template variable. The docs accept `string` and `number` on input; Resend's spec also
         *     lists `boolean`, `object` and `list`, which may come back on existing templates.
         * @enum {string}
         */
        TemplateVariableType: "string" | "number" | "boolean" | "object" | "list";
        /**
         * @description A variable the template uses. Without `fallback_value`, every send must supply a value.
         * @example {
         *       "key": "PRODUCT",
         *       "type": "string",
         *       "fallback_value": "item"
         *     }
         */
        TemplateVariableInput: {
            /** @description ASCII letters, digits and `_`; `FIRST_NAME`, `LAST_NAME`, `EMAIL`, `RESEND_UNSUBSCRIBE_URL`, `contact` and `this` are reserved. */
            key: string;
            /** @enum {string} */
            type: "string" | "number";
            /** @description Used when a send gives no value; must match `type`. */
            fallback_value?: string | number;
        };
        /**
         * @description A new template. When `text` is absent it is derived from `html`; an empty string switches that off.
         * @example {
         *       "name": "order-confirmation",
         *       "html": "<p>Name: {{{PRODUCT}}}</p><p>Total: {{{PRICE}}}</p>",
         *       "variables": [
         *         {
         *           "key": "PRODUCT",
         *           "type": "string",
         *           "fallback_value": "item"
         *         },
         *         {
         *           "key": "PRICE",
         *           "type": "number",
         *           "fallback_value": 25
         *         }
         *       ]
         *     }
         */
        CreateTemplateRequest: {
            name: string;
            html: string;
            /** @description A second, human-readable identifier usable wherever the template ID is. */
            alias?: string;
            /** @description Default sender (`you@example.com` or `Name <you@example.com>`); a send may override it. */
            from?: string;
            subject?: string;
            reply_to?: components["schemas"]["EmailAddressList"];
            text?: string;
            variables?: components["schemas"]["TemplateVariableInput"][];
        };
        /**
         * @description Fields to change in the template's draft; omitted fields keep their value.
         * @example {
         *       "subject": "Your order is confirmed"
         *     }
         */
        UpdateTemplateRequest: {
            name?: string;
            html?: string;
            alias?: string;
            from?: string;
            subject?: string;
            reply_to?: components["schemas"]["EmailAddressList"];
            text?: string;
            variables?: components["schemas"]["TemplateVariableInput"][];
        };
        /**
         * @description Acknowledgement naming the template an action applied to.
         * @example {
         *       "id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794",
         *       "object": "template"
         *     }
         */
        TemplateReference: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "template";
        };
        /**
         * @description A template as shown in lists.
         * @example {
         *       "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "name": "reset-password",
         *       "alias": "reset-password",
         *       "status": "draft",
         *       "published_at": null,
         *       "created_at": "2026-10-06 23:47:56.678+00",
         *       "updated_at": "2026-10-06 23:47:56.678+00"
         *     }
         */
        TemplateSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            alias: string | null;
            status: components["schemas"]["TemplateStatus"];
            published_at: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            updated_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *           "name": "reset-password",
         *           "alias": "reset-password",
         *           "status": "published",
         *           "published_at": "2026-10-07 10:00:00.000+00",
         *           "created_at": "2026-10-06 23:47:56.678+00",
         *           "updated_at": "2026-10-07 10:00:00.000+00"
         *         }
         *       ]
         *     }
         */
        TemplateList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["TemplateSummary"][];
        };
        /**
         * @description A variable of a stored template.
         * @example {
         *       "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "key": "user_name",
         *       "type": "string",
         *       "fallback_value": "John Doe",
         *       "created_at": "2026-10-06 23:47:56.678+00",
         *       "updated_at": "2026-10-06 23:47:56.678+00"
         *     }
         */
        TemplateVariable: {
            /** Format: uuid */
            id: string;
            key: string;
            type: components["schemas"]["TemplateVariableType"];
            fallback_value: string | number | null;
            created_at: string;
            updated_at: string;
        };
        /**
         * @description A template with the content of its current version.
         * @example {
         *       "object": "template",
         *       "id": "34a080c9-b17d-4187-ad80-5af20266e535",
         *       "current_version_id": "b2693018-7abb-4b4b-b4cb-aadf72dc06bd",
         *       "name": "reset-password",
         *       "alias": "reset-password",
         *       "from": "John Doe <john.doe@example.com>",
         *       "subject": "Hello, world!",
         *       "reply_to": null,
         *       "html": "<h1>Hello, world!</h1>",
         *       "text": "Hello, world!",
         *       "variables": [
         *         {
         *           "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *           "key": "user_name",
         *           "type": "string",
         *           "fallback_value": "John Doe",
         *           "created_at": "2026-10-06 23:47:56.678+00",
         *           "updated_at": "2026-10-06 23:47:56.678+00"
         *         }
         *       ],
         *       "status": "published",
         *       "published_at": "2026-10-06 23:47:56.678+00",
         *       "has_unpublished_versions": true,
         *       "created_at": "2026-10-06 23:47:56.678+00",
         *       "updated_at": "2026-10-06 23:47:56.678+00"
         *     }
         */
        Template: {
            /** @constant */
            object: "template";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            current_version_id: string;
            name: string;
            alias: string | null;
            from: string | null;
            subject: string | null;
            reply_to: string[] | null;
            html: string;
            text: string | null;
            variables: components["schemas"]["TemplateVariable"][];
            status: components["schemas"]["TemplateStatus"];
            published_at: string | null;
            /** @description True when the draft differs from the published version. */
            has_unpublished_versions: boolean;
            /** @description Creation time; parse leniently. */
            created_at: string;
            updated_at: string;
        };
        /**
         * @example {
         *       "object": "template",
         *       "id": "34a080c9-b17d-4187-ad80-5af20266e535",
         *       "deleted": true
         *     }
         */
        DeletedTemplate: components["schemas"]["DeletedObject"] & {
            /** @constant */
            object?: "template";
        };
        /**
         * @deprecated
         * @description Deprecated along with audiences.
         * @example {
         *       "name": "Registered Users"
         *     }
         */
        CreateAudienceRequest: {
            name: string;
        };
        /**
         * @deprecated
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "object": "audience",
         *       "name": "Registered Users"
         *     }
         */
        CreateAudienceResponse: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "audience";
            name: string;
        };
        /**
         * @deprecated
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "name": "Registered Users",
         *       "created_at": "2026-10-06 22:59:55.977+00"
         *     }
         */
        AudienceSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @deprecated
         * @description Every audience at once; this list has no `has_more` and is not paginated.
         * @example {
         *       "object": "list",
         *       "data": [
         *         {
         *           "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *           "name": "Registered Users",
         *           "created_at": "2026-10-06 22:59:55.977+00"
         *         }
         *       ]
         *     }
         */
        AudienceList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["AudienceSummary"][];
        };
        /**
         * @deprecated
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "object": "audience",
         *       "name": "Registered Users",
         *       "created_at": "2026-10-06 22:59:55.977+00"
         *     }
         */
        Audience: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "audience";
            name: string;
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @deprecated
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "object": "audience",
         *       "deleted": true
         *     }
         */
        DeletedAudience: components["schemas"]["DeletedObject"] & {
            /** @constant */
            object?: "audience";
        };
        /**
         * @description `opt_in` receives broadcasts of the topic; `opt_out` does not.
         * @enum {string}
         */
        ContactTopicSubscription: "opt_in" | "opt_out";
        /**
         * @example {
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "subscription": "opt_in"
         *     }
         */
        ContactTopicSubscriptionInput: {
            /**
             * Format: uuid
             * @description The topic's ID.
             */
            id: string;
            subscription: components["schemas"]["ContactTopicSubscription"];
        };
        /**
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *     }
         */
        ContactSegmentInput: {
            /**
             * Format: uuid
             * @description The segment's ID.
             */
            id: string;
        };
        /**
         * @description Values of custom contact properties by key; each must match the property's type.
         * @example {
         *       "company_name": "Acme Corp",
         *       "seats": 12
         *     }
         */
        ContactPropertiesInput: {
            [key: string]: string | number;
        };
        /**
         * @description A new contact. `segments` follows the docs (objects with an `id`); Resend's spec says plain ID
         *     strings. `audience_id` is deprecated.
         * @example {
         *       "email": "steve.wozniak@gmail.com",
         *       "first_name": "Steve",
         *       "last_name": "Wozniak",
         *       "unsubscribed": false,
         *       "segments": [
         *         {
         *           "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *         }
         *       ]
         *     }
         */
        CreateContactRequest: {
            /** Format: email */
            email: string;
            first_name?: string;
            last_name?: string;
            /** @description Opts the contact out of all broadcasts. */
            unsubscribed?: boolean;
            properties?: components["schemas"]["ContactPropertiesInput"];
            segments?: components["schemas"]["ContactSegmentInput"][];
            topics?: components["schemas"]["ContactTopicSubscriptionInput"][];
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated; use `segments`.
             */
            audience_id?: string;
        };
        /**
         * @description Acknowledgement naming the contact an action applied to.
         * @example {
         *       "object": "contact",
         *       "id": "479e3145-dd38-476b-932c-529ceb705947"
         *     }
         */
        ContactReference: {
            /** @constant */
            object: "contact";
            /** Format: uuid */
            id: string;
        };
        /**
         * @description A contact as shown in lists.
         * @example {
         *       "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "email": "steve.wozniak@gmail.com",
         *       "first_name": "Steve",
         *       "last_name": "Wozniak",
         *       "created_at": "2026-10-06 23:47:56.678+00",
         *       "unsubscribed": false
         *     }
         */
        ContactSummary: {
            /** Format: uuid */
            id: string;
            email: string;
            first_name: string | null;
            last_name: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            unsubscribed: boolean;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *           "email": "steve.wozniak@gmail.com",
         *           "first_name": "Steve",
         *           "last_name": "Wozniak",
         *           "created_at": "2026-10-06 23:47:56.678+00",
         *           "unsubscribed": false
         *         }
         *       ]
         *     }
         */
        ContactList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ContactSummary"][];
        };
        /**
         * @description A stored custom property of a contact. The docs show `{value, type}` objects; a bare value is
         *     accepted too, since Resend's spec does not pin the shape down.
         * @example {
         *       "value": "Acme Corp",
         *       "type": "string"
         *     }
         */
        ContactPropertyValue: {
            value: string | number | null;
            /** @enum {string} */
            type?: "string" | "number";
        } | (string | number | null);
        /**
         * @description A contact with its custom properties.
         * @example {
         *       "object": "contact",
         *       "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "email": "steve.wozniak@gmail.com",
         *       "first_name": "Steve",
         *       "last_name": "Wozniak",
         *       "created_at": "2026-10-06 23:47:56.678+00",
         *       "unsubscribed": false,
         *       "properties": {
         *         "company_name": {
         *           "value": "Acme Corp",
         *           "type": "string"
         *         }
         *       }
         *     }
         */
        Contact: {
            /** @constant */
            object: "contact";
            /** Format: uuid */
            id: string;
            email: string;
            first_name: string | null;
            last_name: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            unsubscribed: boolean;
            properties: {
                [key: string]: components["schemas"]["ContactPropertyValue"];
            };
        };
        /**
         * @description Fields to change; omitted fields keep their value.
         * @example {
         *       "unsubscribed": true
         *     }
         */
        UpdateContactRequest: {
            /** Format: email */
            email?: string;
            first_name?: string;
            last_name?: string;
            unsubscribed?: boolean;
            properties?: components["schemas"]["ContactPropertiesInput"];
        };
        /**
         * @example {
         *       "object": "contact",
         *       "id": "520784e2-887d-4c25-b53c-4ad46ad38100",
         *       "deleted": true
         *     }
         */
        DeletedContact: components["schemas"]["DeletedObject"] & {
            /** @constant */
            object?: "contact";
        };
        /** @enum {string} */
        ContactImportStatus: "queued" | "in_progress" | "completed" | "failed";
        /**
         * @example {
         *       "column": "Plan",
         *       "type": "string"
         *     }
         */
        ContactImportPropertyMapping: {
            /** @description The CSV column holding the value. */
            column: string;
            /**
             * @description Defaults to `string`.
             * @enum {string}
             */
            type?: "string" | "number" | "boolean";
        };
        /**
         * @description Which CSV column feeds which contact field.
         * @example {
         *       "email": "Email",
         *       "first_name": "First Name",
         *       "last_name": "Last Name",
         *       "properties": {
         *         "plan": {
         *           "column": "Plan",
         *           "type": "string"
         *         }
         *       }
         *     }
         */
        ContactImportColumnMap: {
            email?: string;
            first_name?: string;
            last_name?: string;
            unsubscribed?: string;
            /** @description Custom property key → CSV column. */
            properties?: {
                [key: string]: components["schemas"]["ContactImportPropertyMapping"];
            };
        };
        /**
         * @description The form fields of a CSV import. `file` is the CSV (the docs have stated 50 MB and 200 MB as
         *     the limit); `column_map`, `segments` and `topics` are sent as JSON text in their form parts.
         * @example {
         *       "file": "Email,First Name\nsteve@example.com,Steve\n",
         *       "on_conflict": "upsert",
         *       "segments": [
         *         {
         *           "id": "78e7a5c6-9a91-4c63-9d1f-3b9c0b5b9ab6"
         *         }
         *       ]
         *     }
         */
        CreateContactImportRequest: {
            /** Format: binary */
            file: Blob;
            column_map?: components["schemas"]["ContactImportColumnMap"];
            /**
             * @description What to do with contacts that already exist; defaults to `upsert`.
             * @enum {string}
             */
            on_conflict?: "upsert" | "skip";
            segments?: components["schemas"]["ContactSegmentInput"][];
            topics?: components["schemas"]["ContactTopicSubscriptionInput"][];
        };
        /**
         * @description Acknowledgement naming the import that was queued.
         * @example {
         *       "object": "contact_import",
         *       "id": "479e3145-dd38-476b-932c-529ceb705947"
         *     }
         */
        ContactImportReference: {
            /** @constant */
            object: "contact_import";
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "total": 1200,
         *       "created": 800,
         *       "updated": 300,
         *       "skipped": 75,
         *       "failed": 25
         *     }
         */
        ContactImportCounts: {
            total: number;
            created: number;
            updated: number;
            skipped: number;
            failed: number;
        };
        /**
         * @description A CSV import and its progress.
         * @example {
         *       "object": "contact_import",
         *       "id": "479e3145-dd38-476b-932c-529ceb705947",
         *       "status": "completed",
         *       "created_at": "2026-05-15 18:32:37.823+00",
         *       "completed_at": "2026-05-15 18:33:42.916+00",
         *       "counts": {
         *         "total": 1200,
         *         "created": 800,
         *         "updated": 300,
         *         "skipped": 75,
         *         "failed": 25
         *       }
         *     }
         */
        ContactImport: {
            /** @constant */
            object: "contact_import";
            /** Format: uuid */
            id: string;
            status: components["schemas"]["ContactImportStatus"];
            /** @description Creation time; parse leniently. */
            created_at: string;
            completed_at: string | null;
            counts: components["schemas"]["ContactImportCounts"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "object": "contact_import",
         *           "id": "479e3145-dd38-476b-932c-529ceb705947",
         *           "status": "in_progress",
         *           "created_at": "2026-05-15 18:32:37.823+00",
         *           "completed_at": null,
         *           "counts": {
         *             "total": 1200,
         *             "created": 400,
         *             "updated": 0,
         *             "skipped": 0,
         *             "failed": 0
         *           }
         *         }
         *       ]
         *     }
         */
        ContactImportList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ContactImport"][];
        };
        /**
         * @description A segment the contact belongs to.
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "name": "Registered Users",
         *       "created_at": "2026-10-06 22:59:55.977+00"
         *     }
         */
        ContactSegment: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *           "name": "Registered Users",
         *           "created_at": "2026-10-06 22:59:55.977+00"
         *         }
         *       ]
         *     }
         */
        ContactSegmentList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ContactSegment"][];
        };
        /**
         * @description Acknowledgement of adding a contact to a segment. Resend's spec returns `contact_id` and
         *     `segment_id`; the docs example shows only the segment's `id`, so every field is optional.
         * @example {
         *       "object": "contact_segment",
         *       "contact_id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *     }
         */
        ContactSegmentMembership: {
            object?: string;
            id?: string;
            contact_id?: string;
            /** Format: uuid */
            segment_id?: string;
        };
        /**
         * @description Acknowledgement of removing a contact from a segment. Resend's spec returns `contact_id` and
         *     `segment_id`; the docs example shows `id` instead, so only `object` and `deleted` are certain.
         * @example {
         *       "object": "contact_segment",
         *       "contact_id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "deleted": true
         *     }
         */
        RemovedContactSegmentMembership: {
            object: string;
            id?: string;
            contact_id?: string;
            /** Format: uuid */
            segment_id?: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description A topic and the contact's subscription to it.
         * @example {
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "name": "Product Updates",
         *       "description": "New features, and latest announcements.",
         *       "subscription": "opt_in"
         *     }
         */
        ContactTopic: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            subscription: components["schemas"]["ContactTopicSubscription"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *           "name": "Product Updates",
         *           "description": "New features, and latest announcements.",
         *           "subscription": "opt_in"
         *         }
         *       ]
         *     }
         */
        ContactTopicList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ContactTopic"][];
        };
        /**
         * @description Subscriptions to set; topics not listed keep theirs.
         * @example {
         *       "topics": [
         *         {
         *           "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *           "subscription": "opt_out"
         *         },
         *         {
         *           "id": "07d84122-7224-4881-9c31-1c048e204602",
         *           "subscription": "opt_in"
         *         }
         *       ]
         *     }
         */
        UpdateContactTopicsRequest: {
            topics: components["schemas"]["ContactTopicSubscriptionInput"][];
        };
        /**
         * @description Acknowledgement of a subscription update. Resend's spec returns `contact_id` and the updated
         *     `topics`; the docs example shows `{object, id}`, so only `object` is certain.
         * @example {
         *       "object": "contact_topics",
         *       "contact_id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "topics": [
         *         {
         *           "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *           "subscription": "opt_out"
         *         }
         *       ]
         *     }
         */
        UpdateContactTopicsResponse: {
            object: string;
            id?: string;
            contact_id?: string;
            topics?: components["schemas"]["ContactTopicSubscriptionInput"][];
        };
        /** @enum {string} */
        ContactPropertyType: "string" | "number";
        /**
         * @description A new custom contact property; `fallback_value` must match `type`.
         * @example {
         *       "key": "company_name",
         *       "type": "string",
         *       "fallback_value": "Acme Corp"
         *     }
         */
        CreateContactPropertyRequest: {
            /** @description ASCII letters, digits and `_`. */
            key: string;
            type: components["schemas"]["ContactPropertyType"];
            /** @description Used where a contact has no value of its own. */
            fallback_value?: string | number;
        };
        /**
         * @description Acknowledgement naming the contact property an action applied to.
         * @example {
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "object": "contact_property"
         *     }
         */
        ContactPropertyReference: {
            /** Format: uuid */
            id: string;
            /** @constant */
            object: "contact_property";
        };
        /**
         * @description A contact property as shown in lists.
         * @example {
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "key": "company_name",
         *       "type": "string",
         *       "fallback_value": "Acme Corp",
         *       "created_at": "2026-04-08 00:11:13.110779+00"
         *     }
         */
        ContactPropertySummary: {
            /** Format: uuid */
            id: string;
            key: string;
            type: components["schemas"]["ContactPropertyType"];
            fallback_value: string | number | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *           "key": "company_name",
         *           "type": "string",
         *           "fallback_value": "Acme Corp",
         *           "created_at": "2026-04-08 00:11:13.110779+00"
         *         }
         *       ]
         *     }
         */
        ContactPropertyList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["ContactPropertySummary"][];
        };
        /**
         * @description A custom contact property.
         * @example {
         *       "object": "contact_property",
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "key": "seats",
         *       "type": "number",
         *       "fallback_value": 1,
         *       "created_at": "2026-04-08 00:11:13.110779+00"
         *     }
         */
        ContactProperty: components["schemas"]["ContactPropertySummary"] & {
            /** @constant */
            object: "contact_property";
        };
        /**
         * @description The new fallback value (the only field that can change); it must match the property's type.
         * @example {
         *       "fallback_value": "Example Inc"
         *     }
         */
        UpdateContactPropertyRequest: {
            fallback_value?: string | number;
        };
        /**
         * @example {
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "object": "contact_property",
         *       "deleted": true
         *     }
         */
        DeletedContactProperty: components["schemas"]["DeletedObject"] & {
            /** @constant */
            object?: "contact_property";
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
        /** @description The OAuth request is malformed, or its grant, scope or client type is not acceptable. */
        OAuthBadRequest: {
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
                 *       "error": "invalid_request",
                 *       "error_description": "Missing required parameter: code_verifier."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The OAuth client is unknown or disabled, or failed to authenticate. */
        OAuthUnauthorized: {
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
                 *       "error": "invalid_client",
                 *       "error_description": "Client authentication failed."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description Too many OAuth client registrations from this IP address (20 per hour). */
        OAuthTooManyRequests: {
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
                 *       "error": "too_many_requests",
                 *       "error_description": "Too many client registrations. Try again later."
                 *     }
                 */
                "application/json": components["schemas"]["OAuthError"];
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
    updateEmail: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmailRequest"];
            };
        };
        responses: {
            /** @description The email was rescheduled. */
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
                    "application/json": components["schemas"]["EmailReference"];
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
    getEmailMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Start of the range, an ISO 8601 date or date-time; defaults to 6 days before `end_date`.
                 * @example 2026-07-01
                 */
                start_date?: string;
                /**
                 * @description End of the range, an ISO 8601 date or date-time; defaults to now, and future values are clamped to now.
                 * @example 2026-07-08
                 */
                end_date?: string;
                /**
                 * @description IANA time zone used to bucket periods; defaults to UTC.
                 * @example America/New_York
                 */
                timezone?: string;
                /**
                 * @description Bucket size when `period` is a dimension (default `daily`); the range may span at most 10,000 buckets.
                 * @example daily
                 */
                granularity?: components["schemas"]["EmailMetricsGranularity"];
                /**
                 * @description Metrics to return; defaults to all of them.
                 * @example [
                 *       "sent",
                 *       "delivered",
                 *       "open_rate"
                 *     ]
                 */
                metrics?: components["schemas"]["EmailMetricName"][];
                /**
                 * @description Breakdowns; none (the default) returns only `totals`. `email` and `broadcast` exclude `domain` and each other.
                 * @example [
                 *       "period",
                 *       "domain"
                 *     ]
                 */
                dimensions?: components["schemas"]["EmailMetricsDimension"][];
                /**
                 * @description Restrict to these sending domains (at most 100).
                 * @example [
                 *       "d91cd9bd-1176-453e-8fc1-35364d380206"
                 *     ]
                 */
                domain_id?: string[];
                /**
                 * @description Restrict to these emails (at most 100); cannot be combined with the `domain` dimension.
                 * @example [
                 *       "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"
                 *     ]
                 */
                email_id?: string[];
                /**
                 * @description Restrict to these broadcasts (at most 100).
                 * @example [
                 *       "559ac32e-9ef5-46fb-82a1-b76b840c0f7b"
                 *     ]
                 */
                broadcast_id?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
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
                    "application/json": components["schemas"]["EmailMetrics"];
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
    cancelEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sent email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email was cancelled. */
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
                    "application/json": components["schemas"]["EmailReference"];
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
    shareEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of a sent or received email.
                 * @example 49a3999c-0ce1-4ea6-ab68-afcd6dc2e794
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ShareEmailRequest"];
            };
        };
        responses: {
            /** @description The shareable link. */
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
                    "application/json": components["schemas"]["ShareEmailResponse"];
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
    listEmailAttachments: {
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
            path: {
                /**
                 * @description The sent email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email's attachments. */
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
                    "application/json": components["schemas"]["EmailAttachmentList"];
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
    getEmailAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sent email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
                /**
                 * @description The attachment's ID.
                 * @example 2a0c9ce0-3112-4728-976e-47ddcd16a318
                 */
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
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
                    "application/json": components["schemas"]["EmailAttachment"];
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
    listReceivedEmails: {
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
            /** @description The received emails. */
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
                    "application/json": components["schemas"]["ReceivedEmailList"];
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
    getReceivedEmail: {
        parameters: {
            query?: {
                /**
                 * @description How inline images appear in `html`; `data_uri` (default) inlines them, `cid` keeps `cid:` references.
                 * @example cid
                 */
                html_format?: components["schemas"]["ReceivedEmailHtmlFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description The received email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The received email. */
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
                    "application/json": components["schemas"]["ReceivedEmail"];
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
    listReceivedEmailAttachments: {
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
            path: {
                /**
                 * @description The received email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email's attachments. */
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
                    "application/json": components["schemas"]["EmailAttachmentList"];
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
    getReceivedEmailAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The received email's ID.
                 * @example 4ef9a417-02e9-4d39-ad75-9611e0fcc33c
                 */
                email_id: string;
                /**
                 * @description The attachment's ID.
                 * @example 2a0c9ce0-3112-4728-976e-47ddcd16a318
                 */
                attachment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
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
                    "application/json": components["schemas"]["EmailAttachment"];
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
    listDomains: {
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
            /** @description The domains. */
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
                    "application/json": components["schemas"]["DomainList"];
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
    createDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDomainRequest"];
            };
        };
        responses: {
            /** @description The domain was added. */
            201: {
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
                    "application/json": components["schemas"]["CreateDomainResponse"];
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
    createDomainClaim: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDomainClaimRequest"];
            };
        };
        responses: {
            /** @description The claim was started. */
            201: {
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
                    "application/json": components["schemas"]["DomainClaim"];
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
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The domain's ID.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
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
                    "application/json": components["schemas"]["Domain"];
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
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The domain's ID.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain was removed. */
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
                    "application/json": components["schemas"]["DeletedDomain"];
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
    updateDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The domain's ID.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDomainRequest"];
            };
        };
        responses: {
            /** @description The domain was updated. */
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
                    "application/json": components["schemas"]["DomainReference"];
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
    verifyDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The domain's ID.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification was started. */
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
                    "application/json": components["schemas"]["DomainReference"];
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
    getDomainClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the placeholder domain the claim created.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. */
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
                    "application/json": components["schemas"]["DomainClaim"];
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
    verifyDomainClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The ID of the placeholder domain the claim created.
                 * @example d91cd9bd-1176-453e-8fc1-35364d380206
                 */
                domain_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification was started; the claim in its current state. */
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
                    "application/json": components["schemas"]["DomainClaim"];
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
    listApiKeys: {
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
            /** @description The API keys. */
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
                    "application/json": components["schemas"]["ApiKeyList"];
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
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key was created. */
            201: {
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
                    "application/json": components["schemas"]["CreateApiKeyResponse"];
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
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's ID.
                 * @example dacf4072-4119-4d88-932f-6202748ac7c8
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was removed. */
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
                    "application/json": components["schemas"]["DeletedApiKey"];
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
    updateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's ID.
                 * @example dacf4072-4119-4d88-932f-6202748ac7c8
                 */
                api_key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key was renamed. */
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
                    "application/json": components["schemas"]["ApiKeyReference"];
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
    listOAuthGrants: {
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
            /** @description The grants. */
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
                    "application/json": components["schemas"]["OAuthGrantList"];
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
    revokeOAuthGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The grant's ID.
                 * @example 650e8400-e29b-41d4-a716-446655440001
                 */
                oauth_grant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant was revoked. */
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
                    "application/json": components["schemas"]["RevokedOAuthGrant"];
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
    authorizeOAuthClient: {
        parameters: {
            query: {
                /**
                 * @description The registered client ID, or the HTTPS URL of a Client ID Metadata Document.
                 * @example 550e8400-e29b-41d4-a716-446655440000
                 */
                client_id: string;
                /**
                 * @description Must be `code`.
                 * @example code
                 */
                response_type: "code";
                /**
                 * @description One of the client's registered redirect URIs (loopback URIs may differ in port).
                 * @example http://127.0.0.1:49152/oauth/callback
                 */
                redirect_uri: string;
                /**
                 * @description Base64url-encoded SHA-256 of the client's `code_verifier`.
                 * @example E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
                 */
                code_challenge: string;
                /**
                 * @description Must be `S256`; `plain` is not supported.
                 * @example S256
                 */
                code_challenge_method: "S256";
                /**
                 * @description Space-separated scopes (`emails:send`, `full_access`); defaults to everything the client registered.
                 * @example emails:send
                 */
                scope?: string;
                /**
                 * @description Opaque value returned unchanged on the callback; use it to detect CSRF.
                 * @example af0ifjsldkj
                 */
                state?: string;
                /**
                 * @description RFC 8707 resource indicator; accepted and ignored.
                 * @example https://api.resend.com
                 */
                resource?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the consent screen (or, for some errors, back to `redirect_uri`). */
            302: {
                headers: {
                    "ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "ratelimit-reset": components["headers"]["RateLimitReset"];
                    "ratelimit-policy": components["headers"]["RateLimitPolicy"];
                    "x-resend-daily-quota": components["headers"]["DailyQuota"];
                    "x-resend-monthly-quota": components["headers"]["MonthlyQuota"];
                    /** @description Where the browser goes next. */
                    location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["OAuthTooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    registerOAuthClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOAuthClientRequest"];
            };
        };
        responses: {
            /** @description The client was registered. */
            201: {
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
                    "application/json": components["schemas"]["OAuthClient"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["OAuthTooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenRequest"];
                "application/json": components["schemas"]["OAuthTokenRequest"];
            };
        };
        responses: {
            /** @description New tokens. */
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
                    "application/json": components["schemas"]["OAuthTokenResponse"];
                };
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["OAuthTooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeOAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevokeOAuthTokenRequest"];
                "application/json": components["schemas"]["RevokeOAuthTokenRequest"];
            };
        };
        responses: {
            /** @description The grant was revoked (empty body). */
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
                content?: never;
            };
            400: components["responses"]["OAuthBadRequest"];
            401: components["responses"]["OAuthUnauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["OAuthTooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTemplates: {
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
            /** @description A page of templates. */
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
                    "application/json": components["schemas"]["TemplateList"];
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
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateRequest"];
            };
        };
        responses: {
            /** @description The template was created. */
            201: {
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
                    "application/json": components["schemas"]["TemplateReference"];
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
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
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
                    "application/json": components["schemas"]["Template"];
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
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was removed. */
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
                    "application/json": components["schemas"]["DeletedTemplate"];
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
    updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateRequest"];
            };
        };
        responses: {
            /** @description The template was updated. */
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
                    "application/json": components["schemas"]["TemplateReference"];
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
    publishTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template was published. */
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
                    "application/json": components["schemas"]["TemplateReference"];
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
    duplicateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The template's ID or alias.
                 * @example 34a080c9-b17d-4187-ad80-5af20266e535
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy. */
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
                    "application/json": components["schemas"]["TemplateReference"];
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
    listAudiences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All audiences. */
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
                    "application/json": components["schemas"]["AudienceList"];
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
    createAudience: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAudienceRequest"];
            };
        };
        responses: {
            /** @description The audience was created. */
            201: {
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
                    "application/json": components["schemas"]["CreateAudienceResponse"];
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
    getAudience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audience. */
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
                    "application/json": components["schemas"]["Audience"];
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
    deleteAudience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audience was removed. */
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
                    "application/json": components["schemas"]["DeletedAudience"];
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
    listContacts: {
        parameters: {
            query?: {
                /**
                 * @description Only contacts in this segment.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id?: string;
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
            /** @description The contacts. */
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
                    "application/json": components["schemas"]["ContactList"];
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
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The contact was created. */
            201: {
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
                    "application/json": components["schemas"]["ContactReference"];
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
    listContactImports: {
        parameters: {
            query?: {
                /**
                 * @description Only imports in this state.
                 * @example completed
                 */
                status?: components["schemas"]["ContactImportStatus"];
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
            /** @description A page of imports. */
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
                    "application/json": components["schemas"]["ContactImportList"];
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
    createContactImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CreateContactImportRequest"];
            };
        };
        responses: {
            /** @description The import was queued. */
            201: {
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
                    "application/json": components["schemas"]["ContactImportReference"];
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
    getContactImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The import's ID.
                 * @example 479e3145-dd38-476b-932c-529ceb705947
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
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
                    "application/json": components["schemas"]["ContactImport"];
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
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
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
                    "application/json": components["schemas"]["Contact"];
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
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was removed. */
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
                    "application/json": components["schemas"]["DeletedContact"];
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
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactRequest"];
            };
        };
        responses: {
            /** @description The contact was updated. */
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
                    "application/json": components["schemas"]["ContactReference"];
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
    listContactSegments: {
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
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's segments. */
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
                    "application/json": components["schemas"]["ContactSegmentList"];
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
    addContactToSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
                /**
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact is in the segment. */
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
                    "application/json": components["schemas"]["ContactSegmentMembership"];
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
    removeContactFromSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
                /**
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact left the segment. */
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
                    "application/json": components["schemas"]["RemovedContactSegmentMembership"];
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
    listContactTopics: {
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
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's topic subscriptions. */
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
                    "application/json": components["schemas"]["ContactTopicList"];
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
    updateContactTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactTopicsRequest"];
            };
        };
        responses: {
            /** @description The subscriptions were updated. */
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
                    "application/json": components["schemas"]["UpdateContactTopicsResponse"];
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
    listContactProperties: {
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
            /** @description A page of contact properties. */
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
                    "application/json": components["schemas"]["ContactPropertyList"];
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
    createContactProperty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactPropertyRequest"];
            };
        };
        responses: {
            /** @description The property was created. */
            201: {
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
                    "application/json": components["schemas"]["ContactPropertyReference"];
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
    getContactProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact property's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact property. */
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
                    "application/json": components["schemas"]["ContactProperty"];
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
    deleteContactProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact property's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The property was removed. */
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
                    "application/json": components["schemas"]["DeletedContactProperty"];
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
    updateContactProperty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact property's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactPropertyRequest"];
            };
        };
        responses: {
            /** @description The property was updated. */
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
                    "application/json": components["schemas"]["ContactPropertyReference"];
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
