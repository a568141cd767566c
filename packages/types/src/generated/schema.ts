/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */
/** Every path of the Resend API: its operations by HTTP method, their parameters, bodies and responses. */
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
         *     `attachments` are refused (422). `scheduled_at` is accepted per email. With
         *     `x-batch-validation: permissive`, valid emails are sent and invalid ones are listed in `errors`.
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
         * @description Lists the attachments of a sent email with signed download URLs, 20 per page unless `limit`
         *     says otherwise (the docs do not say; taken as always paginated).
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
         *     this team and returns a TXT record to publish (201). Claiming the same domain again while its
         *     claim is pending answers that claim with 200 instead of starting another (the docs' claim page;
         *     Resend's OpenAPI file lists 200 without saying when).
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
         * @description Lists the team's OAuth grants, revoked ones included, 20 per page unless `limit`
         *     says otherwise (the docs do not say; taken as always paginated).
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
    "/audiences/{audience_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID (an audience is a segment under its older name).
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                audience_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact in an audience
         * @deprecated
         * @description Deprecated; use `POST /contacts` with `segments` instead. Creates a contact that belongs to this audience. The official SDK still calls it when `audienceId` is passed to `contacts.create`.
         */
        post: operations["createAudienceContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audiences/{audience_id}/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID (an audience is a segment under its older name).
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                audience_id: string;
                /**
                 * @description The contact's ID or email address.
                 * @example e169aa45-1ecf-4183-9955-b1499d5701d3
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a contact in an audience
         * @deprecated
         * @description Deprecated; use `GET /contacts/{id}` instead. Returns one contact of this audience, by ID or email address; 404 when the contact is not in the audience.
         */
        get: operations["getAudienceContact"];
        put?: never;
        post?: never;
        /**
         * Remove a contact from an audience
         * @deprecated
         * @description Deprecated; use `DELETE /contacts/{id}` instead. Removes a contact of this audience.
         */
        delete: operations["deleteAudienceContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact in an audience
         * @deprecated
         * @description Deprecated; use `PATCH /contacts/{id}` instead. Changes a contact of this audience.
         */
        patch: operations["updateAudienceContact"];
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
         * @description Lists the segments a contact belongs to, 20 per page unless `limit`
         *     says otherwise (the docs do not say; taken as always paginated).
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
         * @description Lists topics with the contact's subscription to each, 20 per page unless `limit`
         *     says otherwise (the docs do not say; taken as always paginated).
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
    "/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List segments
         * @description Lists the team's segments, newest first; without `limit` every segment comes back at once.
         */
        get: operations["listSegments"];
        put?: never;
        /**
         * Create a segment
         * @description Creates a segment of contacts, optionally defined by a filter.
         */
        post: operations["createSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve segment metrics
         * @description Private beta: point-in-time contact counts per segment, cached for up to 15 minutes.
         */
        get: operations["getSegmentMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/segments/{segment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a segment
         * @description Returns one segment with its filter.
         */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        /**
         * Delete a segment
         * @description Deletes one segment by ID.
         */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        /**
         * Rename a segment
         * @description Changes a segment's name (documented in Resend's docs, absent from its own spec).
         */
        patch: operations["updateSegment"];
        trace?: never;
    };
    "/segments/{segment_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        /**
         * List a segment's contacts
         * @description Lists the contacts in one segment; without `limit` every contact comes back at once.
         */
        get: operations["listSegmentContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List topics
         * @description Lists the team's topics, newest first, one page at a time.
         */
        get: operations["listTopics"];
        put?: never;
        /**
         * Create a topic
         * @description Creates a subscription topic; its default subscription cannot be changed later.
         */
        post: operations["createTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/topics/{topic_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The topic's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                topic_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a topic
         * @description Returns one topic.
         */
        get: operations["getTopic"];
        put?: never;
        post?: never;
        /**
         * Delete a topic
         * @description Deletes one topic by ID.
         */
        delete: operations["deleteTopic"];
        options?: never;
        head?: never;
        /**
         * Update a topic
         * @description Changes a topic's name, description or visibility.
         */
        patch: operations["updateTopic"];
        trace?: never;
    };
    "/broadcasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List broadcasts
         * @description Lists broadcasts, newest first; without `limit` every broadcast comes back at once.
         */
        get: operations["listBroadcasts"];
        put?: never;
        /**
         * Create a broadcast
         * @description Creates a draft broadcast for a segment, or sends or schedules it at once with `send`.
         */
        post: operations["createBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a broadcast
         * @description Returns one broadcast with its content and schedule.
         */
        get: operations["getBroadcast"];
        put?: never;
        post?: never;
        /**
         * Delete a draft broadcast
         * @description Deletes a broadcast; only drafts can be deleted.
         */
        delete: operations["deleteBroadcast"];
        options?: never;
        head?: never;
        /**
         * Update a broadcast
         * @description Changes a draft broadcast's audience, sender or content.
         */
        patch: operations["updateBroadcast"];
        trace?: never;
    };
    "/broadcasts/{broadcast_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send or schedule a broadcast
         * @description Sends a draft broadcast now, or later when `scheduled_at` is given.
         */
        post: operations["sendBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a broadcast
         * @description Cancels a queued or scheduled broadcast, stopping it even part-way through sending.
         */
        post: operations["cancelBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a broadcast
         * @description Copies any broadcast, sent ones included, into a new draft named "<name> (copy)" (docs only; absent from Resend's spec).
         */
        post: operations["duplicateBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        /**
         * List a broadcast's recipients by event
         * @description Lists the recipients that reached one delivery or engagement state, one page at a time.
         */
        get: operations["listBroadcastRecipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcasts/{broadcast_id}/clicked-links": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        /**
         * List a broadcast's clicked links
         * @description Lists the links of a broadcast with their total and unique click counts.
         */
        get: operations["listBroadcastClickedLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppressed addresses
         * @description Lists the suppression list, newest first, one page at a time, optionally by origin.
         */
        get: operations["listSuppressions"];
        put?: never;
        /**
         * Suppress an address
         * @description Adds one email address to the team's suppression list.
         */
        post: operations["addSuppression"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppressions/batch/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suppress up to 100 addresses
         * @description Adds 1–100 email addresses to the suppression list in one request.
         */
        post: operations["batchAddSuppressions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppressions/batch/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsuppress up to 100 entries
         * @description Removes 1–100 entries from the suppression list, given either by address or by ID.
         */
        post: operations["batchRemoveSuppressions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/suppressions/{suppression}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The suppression's ID or the suppressed email address (ID or email).
                 * @example ada@example.com
                 */
                suppression: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a suppression
         * @description Returns one suppression list entry, looked up by ID or address.
         */
        get: operations["getSuppression"];
        put?: never;
        post?: never;
        /**
         * Unsuppress an address
         * @description Removes one entry, by ID or address, so the address can be mailed again.
         */
        delete: operations["deleteSuppression"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Lists the team's webhook endpoints; without `limit` every webhook comes back at once.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Registers an endpoint for a set of event types; the response holds its signing secret.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a webhook
         * @description Returns one webhook endpoint, signing secret included.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Deletes a webhook endpoint; no further events are delivered to it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Changes a webhook's URL or event types, or enables or disables it.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{webhook_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Lists the events sent (or being sent) to one webhook, newest first; pages forward with `after` only.
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
                /**
                 * @description The delivered event's message ID (`msg_…`, the same value as the `svix-id` header).
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                event_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a delivered event
         * @description Returns one delivered event with its delivery status and the payload that was sent.
         */
        get: operations["getWebhookEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}/events/{event_id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
                /**
                 * @description The delivered event's message ID (`msg_…`, the same value as the `svix-id` header).
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                event_id: string;
            };
            cookie?: never;
        };
        /**
         * List an event's delivery attempts
         * @description Lists each HTTP attempt made to deliver one event, with the endpoint's answer; pages forward with `after` only.
         */
        get: operations["listWebhookEventAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}/events/{event_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
                /**
                 * @description The delivered event's message ID (`msg_…`, the same value as the `svix-id` header).
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                event_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay a delivered event
         * @description Delivers a failed or succeeded event once more right away, leaving its retry schedule untouched.
         */
        post: operations["replayWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{webhook_id}/signing-secret/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook's signing secret
         * @description Issues a new signing secret; for 24 hours deliveries are signed with both the old and the new one.
         */
        post: operations["rotateWebhookSigningSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API request logs
         * @description Lists recent API requests made by the team, newest first, one page at a time.
         */
        get: operations["listLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/{log_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The log entry's ID.
                 * @example 37e4414c-5e25-4dbc-a071-43552a4bd53b
                 */
                log_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an API request log
         * @description Returns one logged request with its request and response bodies.
         */
        get: operations["getLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List automations
         * @description Lists the team's automations, one page at a time, optionally by status.
         */
        get: operations["listAutomations"];
        put?: never;
        /**
         * Create an automation
         * @description Creates a workflow from steps and the connections between them; it starts disabled unless `status` says otherwise.
         */
        post: operations["createAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{automation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an automation
         * @description Returns one automation with the steps and connections of its active version.
         */
        get: operations["getAutomation"];
        put?: never;
        post?: never;
        /**
         * Delete an automation
         * @description Deletes one automation by ID.
         */
        delete: operations["deleteAutomation"];
        options?: never;
        head?: never;
        /**
         * Update an automation
         * @description Renames, enables or disables an automation, or replaces its workflow (steps and connections together).
         */
        patch: operations["updateAutomation"];
        trace?: never;
    };
    "/automations/{automation_id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate an automation
         * @description Creates a copy of an automation and its workflow.
         */
        post: operations["duplicateAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{automation_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop an automation
         * @description Stops an automation and returns the status it was left in.
         */
        post: operations["stopAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{automation_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        /**
         * List an automation's runs
         * @description Lists the runs of one automation, one page at a time, optionally by run status.
         */
        get: operations["listAutomationRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/automations/{automation_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
                /**
                 * @description The run's ID.
                 * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
                 */
                run_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an automation run
         * @description Returns one run with the state of each step it went through.
         */
        get: operations["getAutomationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom events
         * @description Lists the team's custom event definitions, one page at a time.
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Define a custom event
         * @description Defines a named custom event, optionally with a schema for its payload.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a custom event
         * @description Records an occurrence of a custom event for one contact, which may start or resume automation runs.
         */
        post: operations["sendEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's ID or its name (ID or name).
                 * @example user.signed_up
                 */
                identifier: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a custom event
         * @description Returns one custom event definition, looked up by ID or name.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /**
         * Delete a custom event
         * @description Deletes one custom event definition, looked up by ID or name.
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /**
         * Update a custom event's schema
         * @description Replaces the payload schema of a custom event, or clears it with null.
         */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inboxes
         * @description Beta: lists the team's inboxes, one page at a time.
         */
        get: operations["listInboxes"];
        put?: never;
        /**
         * Create an inbox
         * @description Beta: creates an inbox for an address on a verified domain, optionally with a Resend-provided forwarding address.
         */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an inbox
         * @description Beta: returns one inbox with its unread and draft counts.
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        /**
         * Delete an inbox
         * @description Beta: deletes one inbox.
         */
        delete: operations["deleteInbox"];
        options?: never;
        head?: never;
        /**
         * Update an inbox
         * @description Beta: changes an inbox's internal name or the sender name shown on its emails.
         */
        patch: operations["updateInbox"];
        trace?: never;
    };
    "/inboxes/{inbox_id}/agent": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an inbox's agent settings
         * @description Beta: returns the instructions, tone and allowed actions of the inbox's AI agent.
         */
        get: operations["getInboxAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an inbox's agent settings
         * @description Beta: changes the agent's instructions, tone or allowed actions (the action list is replaced as a whole).
         */
        patch: operations["updateInboxAgent"];
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        /**
         * List an inbox's threads
         * @description Beta: lists conversation threads by folder, label and read state, one page at a time.
         */
        get: operations["listInboxThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        /**
         * Search an inbox's threads
         * @description Beta: full-text and field search over threads, one page at a time, with highlighted matches.
         *     New mail can take about a minute to become searchable; at most 10,000 threads are matched.
         */
        get: operations["searchInboxThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a thread
         * @description Beta: returns one thread's subject, folder, labels and read state.
         */
        get: operations["getInboxThread"];
        put?: never;
        post?: never;
        /**
         * Trash a thread
         * @description Beta: moves a thread to the trash, from which it can be restored until it is purged after 30 days.
         */
        delete: operations["deleteInboxThread"];
        options?: never;
        head?: never;
        /**
         * Update a thread
         * @description Beta: marks a thread read or unread, moves it to another folder, or labels it.
         */
        patch: operations["updateInboxThread"];
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        /**
         * List a thread's emails
         * @description Beta: lists the emails of one thread, oldest first, one page at a time.
         */
        get: operations["listInboxThreadEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The ID of an email in the thread.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                email_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve an email of a thread
         * @description Beta: returns one email of a thread with its bodies and attachment list.
         */
        get: operations["getInboxThreadEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The ID of an email in the thread.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                email_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to an email
         * @description Beta: sends a reply to one email of the thread, to its sender or (with `reply_all`) to everyone on it.
         */
        post: operations["replyToInboxEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}/emails/{email_id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The ID of an email in the thread.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                email_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward an email
         * @description Beta: forwards one email of the thread to new recipients, with an optional note above it.
         */
        post: operations["forwardInboxEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        /**
         * List drafts
         * @description Beta: lists an inbox's unsent drafts, one page at a time.
         */
        get: operations["listInboxDrafts"];
        put?: never;
        /**
         * Create a draft
         * @description Beta: saves a new draft, or a reply draft when `thread_id` and `reply_to_email_id` are given.
         */
        post: operations["createInboxDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/drafts/{draft_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The draft's ID.
                 * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                 */
                draft_id: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a draft
         * @description Beta: returns one draft with its bodies.
         */
        get: operations["getInboxDraft"];
        put?: never;
        post?: never;
        /**
         * Delete a draft
         * @description Beta: deletes one unsent draft.
         */
        delete: operations["deleteInboxDraft"];
        options?: never;
        head?: never;
        /**
         * Update a draft
         * @description Beta: changes a draft's recipients, subject or bodies; null clears a field.
         */
        patch: operations["updateInboxDraft"];
        trace?: never;
    };
    "/inboxes/{inbox_id}/drafts/{draft_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The draft's ID.
                 * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                 */
                draft_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a draft
         * @description Beta: sends a draft that has at least one recipient; a draft already sent is refused with 409.
         */
        post: operations["sendInboxDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        /**
         * List labels
         * @description Beta: lists every label of the inbox, oldest first, in one response (not paginated).
         */
        get: operations["listInboxLabels"];
        put?: never;
        /**
         * Create a label
         * @description Beta: creates a label that threads of the inbox can carry.
         */
        post: operations["createInboxLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/labels/{label_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The label's ID.
                 * @example 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
                 */
                label_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a label
         * @description Beta: deletes a label.
         */
        delete: operations["deleteInboxLabel"];
        options?: never;
        head?: never;
        /**
         * Update a label
         * @description Beta: renames or recolours a label.
         */
        patch: operations["updateInboxLabel"];
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a thread's labels
         * @description Beta: replaces a thread's labels with the given ones and returns them.
         */
        put: operations["setInboxThreadLabels"];
        /**
         * Add labels to a thread
         * @description Beta: adds 1 to 10 of the inbox's labels to a thread, keeping the ones it has, and returns every label now on it.
         */
        post: operations["addInboxThreadLabels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/threads/{thread_id}/labels/{label_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The label's ID.
                 * @example 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
                 */
                label_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a label from a thread
         * @description Beta: takes one label off a thread (the label itself stays in the inbox) and returns the labels left on it.
         */
        delete: operations["removeInboxThreadLabel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve account usage
         * @description Private beta: returns a snapshot of the team's email usage against its daily and monthly quotas.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Every webhook event Resend POSTs to your endpoint, by event type. */
export interface webhooks {
    "email.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email sent
         * @description Resend accepted the email through the API and will try to deliver it. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailSentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email delivered
         * @description The receiving mail server accepted the email. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailDeliveredEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.delivery_delayed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email delivery delayed
         * @description Delivery hit a temporary problem, such as a full mailbox or a struggling receiving server. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailDeliveryDelayedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.bounced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email bounced
         * @description The receiving mail server rejected the email for good. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailBouncedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.complained": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email marked as spam
         * @description The email was delivered and the recipient then reported it as spam. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailComplainedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email opened
         * @description The recipient opened the email (needs open tracking on the domain). Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailOpenedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.clicked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email link clicked
         * @description The recipient clicked a link in the email (needs click tracking on the domain). Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailClickedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email failed
         * @description The email could not be sent, for example because of an invalid recipient, an API key or domain problem, or a used-up quota. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailFailedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email scheduled
         * @description The email was scheduled to be sent later. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailScheduledEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.suppressed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email suppressed
         * @description Resend did not send the email because the address is suppressed. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailSuppressedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "email.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email received
         * @description An inbound email arrived on a receiving domain; the payload has no bodies. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["emailReceivedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact created
         * @description A contact was created (not fired for contacts imported from CSV). Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["contactCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact updated
         * @description A contact was changed. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["contactUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact deleted
         * @description A contact was deleted. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["contactDeletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.topics.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact topic subscriptions updated
         * @description A contact opted in to or out of one or more topics. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["contactTopicsUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Domain created
         * @description A domain was added to the team. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["domainCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Domain updated
         * @description A domain changed, for example its verification status. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["domainUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Domain deleted
         * @description A domain was removed from the team. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["domainDeletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "suppression.added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Address suppressed
         * @description An address was added to the suppression list. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["suppressionAddedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "suppression.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Address unsuppressed
         * @description An address was removed from the suppression list. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["suppressionRemovedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "topic.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Topic created
         * @description A topic was created. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["topicCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "topic.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Topic updated
         * @description A topic was changed. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["topicUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "topic.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Topic deleted
         * @description A topic was deleted. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["topicDeletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox created
         * @description Beta: an inbox was created. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox updated
         * @description Beta: an inbox was changed. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox deleted
         * @description Beta: an inbox was deleted. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxDeletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.thread.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox thread created
         * @description Beta: a new conversation thread started in an inbox. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxThreadCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.thread.folder.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox thread moved
         * @description Beta: a thread was moved to another folder. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxThreadFolderUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.thread.assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox thread assigned
         * @description Beta: a thread was assigned. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxThreadAssignedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.thread.unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox thread unassigned
         * @description Beta: a thread's assignment was removed. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxThreadUnassignedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.thread.labels.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox thread labels updated
         * @description Beta: labels were added to or removed from a thread. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxThreadLabelsUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.email.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox email received
         * @description Beta: an inbound email was added to a thread. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxEmailReceivedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.email.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox email sent
         * @description Beta: an email sent from the inbox was added to a thread. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxEmailSentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.draft.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox draft created
         * @description Beta: a draft was created. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxDraftCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.draft.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox draft updated
         * @description Beta: a draft was changed. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxDraftUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.draft.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox draft sent
         * @description Beta: a draft was sent. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxDraftSentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "inbox.draft.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbox draft deleted
         * @description Beta: a draft was deleted. Verify the `svix-*` headers against the raw body before trusting it.
         */
        post: operations["inboxDraftDeletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** The named schemas, parameters, responses and headers the paths and webhooks refer to. */
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
            content: string;
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
        } | {
            /** @description The file's bytes, Base64-encoded. Resend's own spec marks this `format binary`; the API takes Base64 text in JSON. */
            content?: string;
            /** @description Name shown to the recipient; also used to derive the content type. */
            filename?: string;
            /**
             * Format: uri
             * @description A URL Resend downloads the attachment from, instead of `content`.
             */
            path: string;
            /** @description MIME type; derived from `filename` when absent. */
            content_type?: string;
            /** @description Content ID for inline images referenced as `cid:<content_id>` in the HTML. */
            content_id?: string;
        };
        /** @description Send with a published template instead of `html`/`text`. */
        EmailTemplateInput: {
            /** @description ID or alias of a published template. */
            id: string;
            /**
             * @description Values for the template variables, by key (ASCII letters, digits and `_`): strings up to 2,000
             *     characters, numbers up to 2^53−1, booleans, objects or lists, matching each variable's `type`.
             */
            variables?: {
                [key: string]: string | number | boolean | {
                    [key: string]: unknown;
                } | unknown[];
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
         *       "attachments": [
         *         {
         *           "filename": "welcome.txt",
         *           "content": "V2VsY29tZSB0byBBY21lIQ=="
         *         }
         *       ],
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
         *     endpoint refuses with 422 `validation_error` (Resend's own spec allows them; its docs do not,
         *     and we follow the docs). `scheduled_at` is accepted as in a single send.
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
            /** @description Only with the `x-batch-validation` header set to `permissive`, one entry per email that was not sent. */
            errors?: components["schemas"]["BatchEmailError"][];
        };
        /**
         * @description An email of a permissive batch that was not sent.
         * @example {
         *       "index": 1,
         *       "message": "Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format."
         *     }
         */
        BatchEmailError: {
            /** @description The email's position in the request (0-based). */
            index: number;
            /** @description Why it was refused. */
            message: string;
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
            /** @description The broadcast's name (present with the `broadcast` dimension). */
            broadcast_name?: string;
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
         * @description A team's consent to an OAuth client. `revoked_at` and `revoked_reason` stay null while it is active. (Grants no longer carry `resource`; the docs and the SDK dropped it.)
         * @example {
         *       "id": "650e8400-e29b-41d4-a716-446655440001",
         *       "client_id": "430eed87-632a-4ea6-90db-0aace67ec228",
         *       "scopes": [
         *         "emails:send"
         *       ],
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
         * @description Type of a template variable: `string`, `number`, `boolean`, `object` (a JSON object) or `list`
         *     (a JSON array), as the template docs list them.
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
            type: components["schemas"]["TemplateVariableType"];
            /** @description Used when a send gives no value; must match `type` (a string, number, boolean, object or list). */
            fallback_value?: string | number | boolean | {
                [key: string]: unknown;
            } | unknown[];
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
            fallback_value: string | number | boolean | {
                [key: string]: unknown;
            } | unknown[] | null;
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
         * @deprecated
         * @description Deprecated along with audiences. A new contact in the audience named by the path.
         * @example {
         *       "email": "grace.hopper@gmail.com",
         *       "first_name": "Grace",
         *       "last_name": "Hopper",
         *       "unsubscribed": false
         *     }
         */
        CreateAudienceContactRequest: {
            /** Format: email */
            email: string;
            first_name?: string;
            last_name?: string;
            /** @description Opts the contact out of all broadcasts. */
            unsubscribed?: boolean;
            properties?: components["schemas"]["ContactPropertiesInput"];
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
         * @description Subscriptions to set; topics not listed keep theirs. The docs send `{ topics: [...] }`; the
         *     official SDK sends the bare array, which the API also accepts.
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
        } | components["schemas"]["ContactTopicSubscriptionInput"][];
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
        /**
         * @description A new segment. `audience_id` is deprecated and only kept for older integrations.
         * @example {
         *       "name": "Active users"
         *     }
         */
        CreateSegmentRequest: {
            /** @description The segment's name. */
            name: string;
            /** @description Conditions that select the segment's contacts. Resend does not publish the shape, so any object is accepted here. */
            filter?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: the audience the segment belonged to before audiences became segments.
             */
            audience_id?: string;
        };
        /**
         * @example {
         *       "object": "segment",
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *     }
         */
        CreateSegmentResponse: {
            /** @description Always `segment`. */
            object: string;
            /**
             * Format: uuid
             * @description The new segment's ID.
             */
            id: string;
        };
        /**
         * @description A segment as shown in lists.
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "name": "Active users",
         *       "audience_id": null,
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        SegmentSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @deprecated
             * @description Deprecated: the audience the segment came from, if any.
             */
            audience_id?: string | null;
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *           "name": "Active users",
         *           "audience_id": null,
         *           "created_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        SegmentList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["SegmentSummary"][];
        };
        /**
         * @description One segment with its filter.
         * @example {
         *       "object": "segment",
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "name": "Active users",
         *       "filter": null,
         *       "audience_id": null,
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        Segment: {
            /** @description Always `segment`. */
            object: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The conditions that select the segment's contacts; may be null. */
            filter: {
                [key: string]: unknown;
            } | null;
            /**
             * @deprecated
             * @description Deprecated: the audience the segment came from, if any.
             */
            audience_id?: string | null;
            /** @description Creation time; parse leniently (see `SegmentSummary.created_at`). */
            created_at: string;
        };
        /**
         * @example {
         *       "name": "Power users"
         *     }
         */
        UpdateSegmentRequest: {
            /** @description The segment's new name. */
            name: string;
        };
        /**
         * @example {
         *       "object": "segment",
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *     }
         */
        UpdateSegmentResponse: {
            /** @constant */
            object: "segment";
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "segment",
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "deleted": true
         *     }
         */
        DeleteSegmentResponse: {
            /** @description Always `segment`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description A contact as listed inside a segment (the same fields as the contacts list).
         * @example {
         *       "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "email": "ada@example.com",
         *       "first_name": "Ada",
         *       "last_name": "Lovelace",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "unsubscribed": false
         *     }
         */
        SegmentContact: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            first_name: string | null;
            last_name: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            /** @description True when the contact opted out of all broadcasts. */
            unsubscribed: boolean;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *           "email": "ada@example.com",
         *           "first_name": "Ada",
         *           "last_name": "Lovelace",
         *           "created_at": "2026-04-03 22:13:42.674981+00",
         *           "unsubscribed": false
         *         }
         *       ]
         *     }
         */
        SegmentContactList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["SegmentContact"][];
        };
        /**
         * @description A segment count: every contact, subscribed contacts, or unsubscribed contacts.
         * @enum {string}
         */
        SegmentMetricName: "all_contacts" | "subscribers" | "unsubscribers";
        /**
         * @description Counts for one segment; one property per requested metric.
         * @example {
         *       "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "name": "Active users",
         *       "all_contacts": 1250,
         *       "subscribers": 1180,
         *       "unsubscribers": 70
         *     }
         */
        SegmentMetricsRow: {
            /** Format: uuid */
            id: string;
            name: string;
            all_contacts?: number;
            subscribers?: number;
            unsubscribers?: number;
        };
        /**
         * @description Point-in-time contact counts (private beta). Values can be up to 15 minutes old. `totals` holds
         *     one number per requested metric; `data` holds one row per segment when the `segment` dimension
         *     is requested.
         * @example {
         *       "object": "metrics",
         *       "metrics": [
         *         "all_contacts",
         *         "subscribers",
         *         "unsubscribers"
         *       ],
         *       "dimensions": [
         *         "segment"
         *       ],
         *       "totals": {
         *         "all_contacts": 1250,
         *         "subscribers": 1180,
         *         "unsubscribers": 70
         *       },
         *       "data": [
         *         {
         *           "id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *           "name": "Active users",
         *           "all_contacts": 1250,
         *           "subscribers": 1180,
         *           "unsubscribers": 70
         *         }
         *       ]
         *     }
         */
        SegmentMetrics: {
            /** @constant */
            object: "metrics";
            metrics: components["schemas"]["SegmentMetricName"][];
            dimensions: "segment"[];
            /** @description One total per requested metric. */
            totals: {
                [key: string]: number;
            };
            data: components["schemas"]["SegmentMetricsRow"][];
        };
        /**
         * @description `opt_in`: contacts receive the topic's emails unless they opt out; `opt_out`: they do not until they opt in.
         * @enum {string}
         */
        TopicSubscription: "opt_in" | "opt_out";
        /**
         * @description `public` topics are shown to every contact on the unsubscribe page; `private` ones only to contacts already opted in.
         * @enum {string}
         */
        TopicVisibility: "public" | "private";
        /**
         * @example {
         *       "name": "Product updates",
         *       "default_subscription": "opt_in",
         *       "description": "News about features we ship.",
         *       "visibility": "public"
         *     }
         */
        CreateTopicRequest: {
            name: string;
            /** @description The subscription contacts start with. It cannot be changed after creation. */
            default_subscription: components["schemas"]["TopicSubscription"];
            description?: string;
            /** @description `private` when absent. */
            visibility?: components["schemas"]["TopicVisibility"];
        };
        /**
         * @example {
         *       "object": "topic",
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e"
         *     }
         */
        CreateTopicResponse: {
            /** @description Always `topic`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @description A topic as shown in lists.
         * @example {
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "name": "Product updates",
         *       "description": "News about features we ship.",
         *       "default_subscription": "opt_in",
         *       "visibility": "public",
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        TopicSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            default_subscription: components["schemas"]["TopicSubscription"];
            visibility: components["schemas"]["TopicVisibility"];
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *           "name": "Product updates",
         *           "description": "News about features we ship.",
         *           "default_subscription": "opt_in",
         *           "visibility": "public",
         *           "created_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        TopicList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["TopicSummary"][];
        };
        /**
         * @description One topic.
         * @example {
         *       "object": "topic",
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "name": "Product updates",
         *       "description": "News about features we ship.",
         *       "default_subscription": "opt_in",
         *       "visibility": "public",
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        Topic: {
            /** @description Always `topic`. */
            object: string;
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            default_subscription: components["schemas"]["TopicSubscription"];
            visibility: components["schemas"]["TopicVisibility"];
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @description The fields to change; `default_subscription` is immutable.
         * @example {
         *       "description": "Monthly news about features we ship."
         *     }
         */
        UpdateTopicRequest: {
            name?: string;
            description?: string;
            visibility?: components["schemas"]["TopicVisibility"];
        };
        /**
         * @example {
         *       "object": "topic",
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e"
         *     }
         */
        UpdateTopicResponse: {
            /** @description Always `topic`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "topic",
         *       "id": "b6d24b8e-af0b-4c3c-be0c-359bbd97381e",
         *       "deleted": true
         *     }
         */
        DeleteTopicResponse: {
            /** @description Always `topic`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /** @description Reply-to addresses. */
        BroadcastReplyTo: string[];
        /**
         * @description A new broadcast. Without `send` (or with `send: false`) it stays a draft; with `send: true` it
         *     is sent at once, or at `scheduled_at`, which is only allowed together with `send: true`.
         *     `audience_id` is deprecated in favour of `segment_id`.
         * @example {
         *       "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "from": "Acme <news@acme.dev>",
         *       "subject": "Our November news",
         *       "name": "November newsletter",
         *       "html": "<p>Hi {{{FIRST_NAME|there}}}, here is what is new.</p>"
         *     }
         */
        CreateBroadcastRequest: {
            /**
             * Format: uuid
             * @description The segment to send to.
             */
            segment_id: string;
            /** @description Sender, as `you@example.com` or `Your Name <you@example.com>`, on a verified domain. */
            from: string;
            subject: string;
            /** @description Internal name shown in the dashboard. */
            name?: string;
            reply_to?: components["schemas"]["BroadcastReplyTo"];
            /** @description The preview line mail clients show next to the subject. */
            preview_text?: string;
            html?: string;
            text?: string;
            /**
             * Format: uuid
             * @description Only contacts subscribed to this topic receive the broadcast.
             */
            topic_id?: string;
            /** @description True sends (or schedules) the broadcast now; false or absent keeps it as a draft. */
            send?: boolean;
            /** @description When to send, as ISO 8601 or natural language (`in 1 hour`); requires `send` to be true. */
            scheduled_at?: string;
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: use `segment_id`.
             */
            audience_id?: string;
        };
        /**
         * @example {
         *       "object": "broadcast",
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b"
         *     }
         */
        CreateBroadcastResponse: {
            /** @description Always `broadcast`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /** @description The broadcast's state, for example `draft`, `scheduled`, `queued` or `sent`. Resend does not publish the full list, so treat it as open. */
        BroadcastStatus: string;
        /**
         * @description A broadcast as shown in lists.
         * @example {
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b",
         *       "name": "November newsletter",
         *       "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "audience_id": null,
         *       "status": "draft",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "scheduled_at": null,
         *       "sent_at": null,
         *       "topic_id": null
         *     }
         */
        BroadcastSummary: {
            /** Format: uuid */
            id: string;
            name: string | null;
            /** @description The segment it goes to; may be null. */
            segment_id: string | null;
            /** @deprecated */
            audience_id?: string | null;
            status: components["schemas"]["BroadcastStatus"];
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            scheduled_at: string | null;
            sent_at: string | null;
            topic_id: string | null;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b",
         *           "name": "November newsletter",
         *           "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *           "audience_id": null,
         *           "status": "sent",
         *           "created_at": "2026-04-03 22:13:42.674981+00",
         *           "scheduled_at": null,
         *           "sent_at": "2026-04-03 23:00:05.120391+00",
         *           "topic_id": null
         *         }
         *       ]
         *     }
         */
        BroadcastList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["BroadcastSummary"][];
        };
        /**
         * @description One broadcast with its content. Neither Resend's spec nor its docs show an `object` field
         *     here, so it is optional.
         * @example {
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b",
         *       "name": "November newsletter",
         *       "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf",
         *       "from": "Acme <news@acme.dev>",
         *       "subject": "Our November news",
         *       "reply_to": null,
         *       "preview_text": "Three new features and a discount",
         *       "status": "draft",
         *       "html": "<p>Hi {{{FIRST_NAME|there}}}, here is what is new.</p>",
         *       "text": null,
         *       "topic_id": null,
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "scheduled_at": null,
         *       "sent_at": null
         *     }
         */
        Broadcast: {
            /** @description `broadcast`, if present. */
            object?: string;
            /** Format: uuid */
            id: string;
            name: string | null;
            segment_id: string | null;
            /** @deprecated */
            audience_id?: string | null;
            from: string;
            subject: string;
            reply_to: string[] | null;
            preview_text: string | null;
            status: components["schemas"]["BroadcastStatus"];
            html: string | null;
            text: string | null;
            topic_id: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            scheduled_at: string | null;
            sent_at: string | null;
        };
        /**
         * @description The fields to change. Sending and scheduling go through `POST /broadcasts/{broadcast_id}/send`.
         * @example {
         *       "subject": "Our November news (updated)"
         *     }
         */
        UpdateBroadcastRequest: {
            /** Format: uuid */
            segment_id?: string;
            from?: string;
            subject?: string;
            name?: string;
            reply_to?: components["schemas"]["BroadcastReplyTo"];
            preview_text?: string;
            html?: string;
            text?: string;
            /** Format: uuid */
            topic_id?: string;
            /**
             * Format: uuid
             * @deprecated
             * @description Deprecated: use `segment_id`.
             */
            audience_id?: string;
        };
        /**
         * @example {
         *       "object": "broadcast",
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b"
         *     }
         */
        UpdateBroadcastResponse: {
            /** @description Always `broadcast`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "broadcast",
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b",
         *       "deleted": true
         *     }
         */
        DeleteBroadcastResponse: {
            /** @description Always `broadcast`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description Leave the body out (or `scheduled_at` out) to send now.
         * @example {
         *       "scheduled_at": "2026-11-03T09:00:00Z"
         *     }
         */
        SendBroadcastRequest: {
            /** @description When to send, as ISO 8601 or natural language (`in 1 hour`). */
            scheduled_at?: string;
        };
        /**
         * @example {
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b"
         *     }
         */
        SendBroadcastResponse: {
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "broadcast",
         *       "id": "559ac32e-9ef5-46fb-82a1-b76b840c0f7b"
         *     }
         */
        CancelBroadcastResponse: {
            /** @description Always `broadcast`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @description The new draft; its name is the original's plus ` (copy)`, cut to 70 characters.
         * @example {
         *       "object": "broadcast",
         *       "id": "0b1f8a4e-3c2d-4e5f-8a9b-1c2d3e4f5a6b"
         *     }
         */
        DuplicateBroadcastResponse: {
            /** @constant */
            object: "broadcast";
            /**
             * Format: uuid
             * @description The copy's ID.
             */
            id: string;
        };
        /**
         * @description A delivery or engagement event of a broadcast.
         * @enum {string}
         */
        BroadcastRecipientEventType: "sent" | "delivered" | "opened" | "clicked" | "bounced" | "complained" | "unsubscribed" | "suppressed";
        /** @enum {string} */
        BroadcastBounceType: "permanent" | "transient" | "undetermined";
        BroadcastRecipientLink: {
            url: string;
            clicks: number;
        };
        /**
         * @description One recipient that reached the requested event.
         * @example {
         *       "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "contact_id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *       "email": "ada@example.com",
         *       "count": 2,
         *       "bounce_type": null,
         *       "clicked_links": [
         *         {
         *           "url": "https://acme.dev/pricing",
         *           "clicks": 2
         *         }
         *       ]
         *     }
         */
        BroadcastRecipient: {
            id: string;
            /** @description The recipient's contact ID, when there is one. */
            contact_id: string | null;
            email: string;
            /** @description How many times the event happened for this recipient. */
            count: number;
            /** @description The bounce kind, for bounced recipients. */
            bounce_type?: components["schemas"]["BroadcastBounceType"] | null;
            /** @description The links this recipient clicked, for clicked recipients. */
            clicked_links?: components["schemas"]["BroadcastRecipientLink"][];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *           "contact_id": "e169aa45-1ecf-4183-9955-b1499d5701d3",
         *           "email": "ada@example.com",
         *           "count": 1
         *         }
         *       ]
         *     }
         */
        BroadcastRecipientList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["BroadcastRecipient"][];
        };
        /**
         * @example {
         *       "id": "3a2f6b1c-8d4e-4f5a-9b6c-7d8e9f0a1b2c",
         *       "url": "https://acme.dev/pricing",
         *       "clicks": 42,
         *       "unique_clicks": 31
         *     }
         */
        BroadcastClickedLink: {
            id: string;
            url: string;
            /** @description Every click, repeats included. */
            clicks: number;
            /** @description Clicks counted once per recipient. */
            unique_clicks: number;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "3a2f6b1c-8d4e-4f5a-9b6c-7d8e9f0a1b2c",
         *           "url": "https://acme.dev/pricing",
         *           "clicks": 42,
         *           "unique_clicks": 31
         *         }
         *       ]
         *     }
         */
        BroadcastClickedLinkList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["BroadcastClickedLink"][];
        };
        /**
         * @description Why the address is suppressed: it bounced, its owner complained, or it was added by hand (API or dashboard).
         * @enum {string}
         */
        SuppressionOrigin: "bounce" | "complaint" | "manual";
        /**
         * @example {
         *       "email": "ada@example.com"
         *     }
         */
        AddSuppressionRequest: {
            /** Format: email */
            email: string;
        };
        /**
         * @example {
         *       "object": "suppression",
         *       "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f"
         *     }
         */
        AddSuppressionResponse: {
            /** @description Always `suppression`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @description A suppression list entry as shown in lists.
         * @example {
         *       "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *       "email": "ada@example.com",
         *       "origin": "bounce",
         *       "source_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        SuppressionSummary: {
            /** Format: uuid */
            id: string;
            email: string;
            origin: components["schemas"]["SuppressionOrigin"];
            /** @description The ID of what caused the entry, when there is one. */
            source_id: string | null;
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *           "email": "ada@example.com",
         *           "origin": "manual",
         *           "source_id": null,
         *           "created_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        SuppressionList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["SuppressionSummary"][];
        };
        /**
         * @description One suppression list entry.
         * @example {
         *       "object": "suppression",
         *       "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *       "email": "ada@example.com",
         *       "origin": "complaint",
         *       "source_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        Suppression: {
            /** @description Always `suppression`. */
            object: string;
            /** Format: uuid */
            id: string;
            email: string;
            origin: components["schemas"]["SuppressionOrigin"];
            /** @description The ID of what caused the entry, when there is one. */
            source_id: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "suppression",
         *       "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *       "deleted": true
         *     }
         */
        DeleteSuppressionResponse: {
            /** @description Always `suppression`. */
            object: string;
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "emails": [
         *         "ada@example.com",
         *         "grace@example.com"
         *       ]
         *     }
         */
        BatchAddSuppressionsRequest: {
            emails: string[];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "object": "suppression",
         *           "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f"
         *         },
         *         {
         *           "object": "suppression",
         *           "id": "7b9c1d3e-5f7a-4b9c-8d1e-3f5a7b9c1d3e"
         *         }
         *       ]
         *     }
         */
        BatchAddSuppressionsResponse: {
            /** @description One entry per address, in request order. */
            data: components["schemas"]["AddSuppressionResponse"][];
        };
        /**
         * @description Give either `emails` or `ids` (1–100 entries), not both.
         * @example {
         *       "emails": [
         *         "grace@example.com"
         *       ]
         *     }
         */
        BatchRemoveSuppressionsRequest: {
            emails?: string[];
            ids?: string[];
        } & ({
            emails: string[];
        } | {
            ids: string[];
        });
        /**
         * @example {
         *       "data": [
         *         {
         *           "object": "suppression",
         *           "id": "2c8d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
         *           "deleted": true
         *         }
         *       ]
         *     }
         */
        BatchRemoveSuppressionsResponse: {
            data: components["schemas"]["DeleteSuppressionResponse"][];
        };
        /**
         * @description Whether events are delivered to the endpoint. Resend also disables endpoints that keep failing.
         * @enum {string}
         */
        WebhookStatus: "enabled" | "disabled";
        /** @description The secret (`whsec_…`) that signs deliveries; verify the `svix-signature` header with it. */
        WebhookSigningSecret: string;
        /**
         * @example {
         *       "endpoint": "https://hooks.acme.dev/resend",
         *       "events": [
         *         "email.delivered",
         *         "email.bounced"
         *       ]
         *     }
         */
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description The HTTPS URL that receives the events.
             */
            endpoint: string;
            /** @description The event types to deliver. */
            events: components["schemas"]["WebhookEventType"][];
        };
        /**
         * @example {
         *       "object": "webhook",
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *       "signing_secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        CreateWebhookResponse: {
            /** @description Always `webhook`. */
            object: string;
            /** Format: uuid */
            id: string;
            signing_secret: components["schemas"]["WebhookSigningSecret"];
        };
        /**
         * @description A webhook as shown in lists. Resend's verification guide says the list includes
         *     `signing_secret`, but neither its spec nor its list example shows it, so it is optional here.
         * @example {
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *       "endpoint": "https://hooks.acme.dev/resend",
         *       "events": [
         *         "email.delivered",
         *         "email.bounced"
         *       ],
         *       "status": "enabled",
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        WebhookSummary: {
            /** Format: uuid */
            id: string;
            endpoint: string;
            events: components["schemas"]["WebhookEventType"][] | null;
            status: components["schemas"]["WebhookStatus"];
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            signing_secret?: components["schemas"]["WebhookSigningSecret"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *           "endpoint": "https://hooks.acme.dev/resend",
         *           "events": [
         *             "email.delivered",
         *             "email.bounced"
         *           ],
         *           "status": "enabled",
         *           "created_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        WebhookList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["WebhookSummary"][];
        };
        /**
         * @description One webhook endpoint with its signing secret.
         * @example {
         *       "object": "webhook",
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *       "endpoint": "https://hooks.acme.dev/resend",
         *       "events": [
         *         "email.delivered",
         *         "email.bounced"
         *       ],
         *       "status": "enabled",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "signing_secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        Webhook: {
            /** @description Always `webhook`. */
            object: string;
            /** Format: uuid */
            id: string;
            endpoint: string;
            events: components["schemas"]["WebhookEventType"][] | null;
            status: components["schemas"]["WebhookStatus"];
            /** @description Creation time; parse leniently. */
            created_at: string;
            signing_secret: components["schemas"]["WebhookSigningSecret"];
        };
        /**
         * @example {
         *       "status": "disabled"
         *     }
         */
        UpdateWebhookRequest: {
            /** Format: uri */
            endpoint?: string;
            /** @description Replaces the subscribed event types. */
            events?: components["schemas"]["WebhookEventType"][];
            status?: components["schemas"]["WebhookStatus"];
        };
        /**
         * @example {
         *       "object": "webhook",
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0"
         *     }
         */
        UpdateWebhookResponse: {
            /** @description Always `webhook`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "webhook",
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *       "deleted": true
         *     }
         */
        DeleteWebhookResponse: {
            /** @description Always `webhook`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description Where delivery of an event stands: delivered (`success`), given up (`failed`), being retried (`attempting`) or not tried yet (`pending`).
         * @enum {string}
         */
        WebhookDeliveryStatus: "success" | "failed" | "attempting" | "pending";
        /**
         * @description One event sent to a webhook, as shown in lists.
         * @example {
         *       "id": "msg_2yZ8Kq1sN4bW7cT0vXe3RfGh",
         *       "type": "email.delivered",
         *       "created_at": "2026-04-03 22:13:45.102311+00",
         *       "status": "success"
         *     }
         */
        WebhookEventSummary: {
            /** @description The message ID (`msg_…`), equal to the `svix-id` header of the delivery. */
            id: string;
            type: components["schemas"]["WebhookEventType"];
            /** @description When the event happened; parse leniently. */
            created_at: string;
            status: components["schemas"]["WebhookDeliveryStatus"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": true,
         *       "data": [
         *         {
         *           "id": "msg_2yZ8Kq1sN4bW7cT0vXe3RfGh",
         *           "type": "email.delivered",
         *           "created_at": "2026-04-03 22:13:45.102311+00",
         *           "status": "success"
         *         }
         *       ]
         *     }
         */
        WebhookEventList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["WebhookEventSummary"][];
        };
        /**
         * @description One event sent to a webhook, with its delivery state and the payload.
         * @example {
         *       "object": "webhook_event",
         *       "id": "msg_2yZ8Kq1sN4bW7cT0vXe3RfGh",
         *       "type": "email.delivered",
         *       "created_at": "2026-04-03 22:13:45.102311+00",
         *       "status": "success",
         *       "next_attempt_at": null,
         *       "payload": {
         *         "type": "email.delivered",
         *         "created_at": "2026-04-03T22:13:45.102Z",
         *         "data": {
         *           "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c",
         *           "created_at": "2026-04-03T22:13:42.674Z",
         *           "from": "Acme <onboarding@acme.dev>",
         *           "to": [
         *             "delivered@resend.dev"
         *           ],
         *           "subject": "Hello World"
         *         }
         *       }
         *     }
         */
        WebhookEvent: {
            /** @constant */
            object: "webhook_event";
            /** @description The message ID (`msg_…`). */
            id: string;
            type: components["schemas"]["WebhookEventType"];
            /** @description When the event happened; parse leniently. */
            created_at: string;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description When the next retry is due, or null when none is planned. */
            next_attempt_at: string | null;
            payload: components["schemas"]["WebhookEventPayload"];
        };
        /**
         * @description One HTTP attempt to deliver an event.
         * @example {
         *       "id": "atmpt_2yZ8Lm3pQ6dY9eV2xZg5ThJk",
         *       "http_status_code": 200,
         *       "response": "ok",
         *       "sent_at": "2026-04-03 22:13:45.311482+00"
         *     }
         */
        WebhookEventAttempt: {
            /** @description The attempt ID (`atmpt_…`). */
            id: string;
            /** @description The status code the endpoint answered with. */
            http_status_code: number;
            /** @description The body the endpoint answered with. */
            response: string;
            /** @description When the attempt was made; parse leniently. */
            sent_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "atmpt_2yZ8Lm3pQ6dY9eV2xZg5ThJk",
         *           "http_status_code": 200,
         *           "response": "ok",
         *           "sent_at": "2026-04-03 22:13:45.311482+00"
         *         }
         *       ]
         *     }
         */
        WebhookEventAttemptList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["WebhookEventAttempt"][];
        };
        /**
         * @example {
         *       "object": "webhook_event",
         *       "id": "msg_2yZ8Kq1sN4bW7cT0vXe3RfGh"
         *     }
         */
        ReplayWebhookEventResponse: {
            /** @constant */
            object: "webhook_event";
            /** @description The replayed event's message ID. */
            id: string;
        };
        /**
         * @description The new secret. The previous one keeps signing deliveries, next to the new one, for 24 hours.
         * @example {
         *       "object": "webhook",
         *       "id": "4dd369bc-aa82-4ff3-97de-514ae3000ee0",
         *       "signing_secret": "whsec_Zk3N7pQ2rT9vX1bD4fH6jL8mN0pR2tV4"
         *     }
         */
        RotateWebhookSigningSecretResponse: {
            /** @constant */
            object: "webhook";
            /** Format: uuid */
            id: string;
            signing_secret: components["schemas"]["WebhookSigningSecret"];
        };
        /**
         * @description The HTTP method of the logged request.
         * @enum {string}
         */
        LogMethod: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS";
        /**
         * @description One logged API request, as shown in lists.
         * @example {
         *       "id": "37e4414c-5e25-4dbc-a071-43552a4bd53b",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "endpoint": "/emails",
         *       "method": "POST",
         *       "response_status": 200,
         *       "user_agent": "my-app/1.0 resendkit/0.1.0"
         *     }
         */
        LogSummary: {
            /** Format: uuid */
            id: string;
            /** @description When the request was made, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            /** @description The path that was called, for example `/emails`. */
            endpoint: string;
            method: components["schemas"]["LogMethod"];
            /** @description The HTTP status the API answered with. */
            response_status: number;
            user_agent: string | null;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": true,
         *       "data": [
         *         {
         *           "id": "37e4414c-5e25-4dbc-a071-43552a4bd53b",
         *           "created_at": "2026-04-03 22:13:42.674981+00",
         *           "endpoint": "/emails",
         *           "method": "POST",
         *           "response_status": 200,
         *           "user_agent": "my-app/1.0 resendkit/0.1.0"
         *         }
         *       ]
         *     }
         */
        LogList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["LogSummary"][];
        };
        /**
         * @description One logged API request with its bodies. The bodies are whatever JSON was exchanged (or null).
         * @example {
         *       "object": "log",
         *       "id": "37e4414c-5e25-4dbc-a071-43552a4bd53b",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "endpoint": "/emails",
         *       "method": "POST",
         *       "response_status": 200,
         *       "user_agent": "my-app/1.0 resendkit/0.1.0",
         *       "request_body": {
         *         "from": "Acme <onboarding@acme.dev>",
         *         "to": [
         *           "delivered@resend.dev"
         *         ],
         *         "subject": "Hello World",
         *         "text": "Hi"
         *       },
         *       "response_body": {
         *         "id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"
         *       }
         *     }
         */
        Log: {
            /** @description Always `log`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @description When the request was made; parse leniently. */
            created_at: string;
            endpoint: string;
            method: components["schemas"]["LogMethod"];
            response_status: number;
            user_agent: string | null;
            /** @description The JSON body sent to the API, or null. */
            request_body: unknown;
            /** @description The JSON body the API answered with, or null. */
            response_body: unknown;
        };
        /**
         * @description Whether the automation reacts to its trigger.
         * @enum {string}
         */
        AutomationStatus: "enabled" | "disabled";
        /** @enum {string} */
        AutomationStepType: "trigger" | "send_email" | "delay" | "wait_for_event" | "condition" | "contact_update" | "contact_delete" | "add_to_segment";
        /**
         * @description A node of a condition's rule tree: a `rule` compares `field` with `value` using `operator`;
         *     `and` / `or` nodes combine nested rules. Resend publishes no more detail than these names, so
         *     other keys are allowed.
         * @example {
         *       "type": "rule",
         *       "field": "contact.properties.plan",
         *       "operator": "eq",
         *       "value": "pro"
         *     }
         */
        AutomationCondition: {
            /** @enum {string} */
            type: "rule" | "and" | "or";
            field?: string;
            operator?: string;
            /** @description The value to compare with. */
            value?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Starts a run when the named custom event is sent for a contact.
         * @example {
         *       "key": "start",
         *       "type": "trigger",
         *       "config": {
         *         "event_name": "user.signed_up"
         *       }
         *     }
         */
        AutomationTriggerStep: {
            /** @description Unique within the automation; connections refer to it. */
            key: string;
            /** @constant */
            type: "trigger";
            config: {
                event_name: string;
            };
        };
        /**
         * @description Sends an email from a published template.
         * @example {
         *       "key": "welcome",
         *       "type": "send_email",
         *       "config": {
         *         "template": {
         *           "id": "welcome-email"
         *         },
         *         "subject": "Welcome aboard"
         *       }
         *     }
         */
        AutomationSendEmailStep: {
            key: string;
            /** @constant */
            type: "send_email";
            config: {
                template: {
                    /** @description ID or alias of a published template. */
                    id: string;
                    variables?: {
                        [key: string]: unknown;
                    };
                };
                subject?: string;
                from?: string;
                reply_to?: string;
            };
        };
        /**
         * @description Waits before the next step.
         * @example {
         *       "key": "wait",
         *       "type": "delay",
         *       "config": {
         *         "duration": "2 days"
         *       }
         *     }
         */
        AutomationDelayStep: {
            key: string;
            /** @constant */
            type: "delay";
            config: {
                /** @description A human-readable duration such as `30 minutes` or `2 days`. */
                duration: string;
            };
        };
        /**
         * @description Waits until a custom event arrives for the contact, or until `timeout`.
         * @example {
         *       "key": "await-purchase",
         *       "type": "wait_for_event",
         *       "config": {
         *         "event_name": "order.completed",
         *         "timeout": "3 days"
         *       }
         *     }
         */
        AutomationWaitForEventStep: {
            key: string;
            /** @constant */
            type: "wait_for_event";
            config: {
                event_name: string;
                /** @description A human-readable duration such as `1 hour`. */
                timeout?: string;
                filter_rule?: components["schemas"]["AutomationCondition"];
            };
        };
        /**
         * @description Branches on a rule tree; connect it with `condition_met` / `condition_not_met`.
         * @example {
         *       "key": "is-pro",
         *       "type": "condition",
         *       "config": {
         *         "type": "rule",
         *         "field": "contact.properties.plan",
         *         "operator": "eq",
         *         "value": "pro"
         *       }
         *     }
         */
        AutomationConditionStep: {
            key: string;
            /** @constant */
            type: "condition";
            config: components["schemas"]["AutomationCondition"];
        };
        /**
         * @description Changes fields of the contact the run is for.
         * @example {
         *       "key": "mark-onboarded",
         *       "type": "contact_update",
         *       "config": {
         *         "properties": {
         *           "onboarded": "yes"
         *         }
         *       }
         *     }
         */
        AutomationContactUpdateStep: {
            key: string;
            /** @constant */
            type: "contact_update";
            /** @description A field is either a literal value or an object describing a dynamic value. */
            config: {
                first_name?: string | Record<string, never>;
                last_name?: string | Record<string, never>;
                unsubscribed?: boolean | Record<string, never>;
                properties?: {
                    [key: string]: unknown;
                };
            };
        };
        /**
         * @description Deletes the contact the run is for.
         * @example {
         *       "key": "forget",
         *       "type": "contact_delete",
         *       "config": {}
         *     }
         */
        AutomationContactDeleteStep: {
            key: string;
            /** @constant */
            type: "contact_delete";
            /** @description Takes no settings; send `{}`. */
            config: Record<string, never>;
        };
        /**
         * @description Adds the contact the run is for to a segment.
         * @example {
         *       "key": "tag-active",
         *       "type": "add_to_segment",
         *       "config": {
         *         "segment_id": "78261eea-8f8b-4381-83c6-79fa7120f1cf"
         *       }
         *     }
         */
        AutomationAddToSegmentStep: {
            key: string;
            /** @constant */
            type: "add_to_segment";
            config: {
                /** Format: uuid */
                segment_id: string;
            };
        };
        /**
         * @description One node of the workflow graph; the shape of `config` depends on `type`.
         * @example {
         *       "key": "start",
         *       "type": "trigger",
         *       "config": {
         *         "event_name": "user.signed_up"
         *       }
         *     }
         */
        AutomationStep: components["schemas"]["AutomationTriggerStep"] | components["schemas"]["AutomationSendEmailStep"] | components["schemas"]["AutomationDelayStep"] | components["schemas"]["AutomationWaitForEventStep"] | components["schemas"]["AutomationConditionStep"] | components["schemas"]["AutomationContactUpdateStep"] | components["schemas"]["AutomationContactDeleteStep"] | components["schemas"]["AutomationAddToSegmentStep"];
        /**
         * @description An edge of the workflow graph, from one step key to another.
         * @example {
         *       "from": "start",
         *       "to": "welcome",
         *       "type": "default"
         *     }
         */
        AutomationConnection: {
            /** @description The source step's key. */
            from: string;
            /** @description The target step's key. */
            to: string;
            /**
             * @description When the edge is followed: always (`default`, also used when absent), after a condition held or not, after a wait timed out, or when the awaited event arrived.
             * @enum {string}
             */
            type?: "default" | "condition_met" | "condition_not_met" | "timeout" | "event_received";
        };
        /**
         * @description An edge of the active workflow as Resend answers with it; `type` is always present (`default` when it was not given).
         * @example {
         *       "from": "start",
         *       "to": "welcome",
         *       "type": "default"
         *     }
         */
        AutomationStoredConnection: components["schemas"]["AutomationConnection"] & Record<string, never>;
        /**
         * @description A new workflow. `steps` must contain at least one `trigger` step.
         * @example {
         *       "name": "Welcome series",
         *       "status": "enabled",
         *       "steps": [
         *         {
         *           "key": "start",
         *           "type": "trigger",
         *           "config": {
         *             "event_name": "user.signed_up"
         *           }
         *         },
         *         {
         *           "key": "welcome",
         *           "type": "send_email",
         *           "config": {
         *             "template": {
         *               "id": "welcome-email"
         *             }
         *           }
         *         }
         *       ],
         *       "connections": [
         *         {
         *           "from": "start",
         *           "to": "welcome"
         *         }
         *       ]
         *     }
         */
        CreateAutomationRequest: {
            name: string;
            /** @description `disabled` when absent. */
            status?: components["schemas"]["AutomationStatus"];
            steps: components["schemas"]["AutomationStep"][];
            connections: components["schemas"]["AutomationConnection"][];
        };
        /**
         * @example {
         *       "object": "automation",
         *       "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e"
         *     }
         */
        CreateAutomationResponse: {
            /** @description Always `automation`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @description An automation as shown in lists.
         * @example {
         *       "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e",
         *       "name": "Welcome series",
         *       "status": "enabled",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "updated_at": "2026-04-04 08:01:10.220145+00"
         *     }
         */
        AutomationSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["AutomationStatus"];
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            /** @description Last change; parse leniently. */
            updated_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e",
         *           "name": "Welcome series",
         *           "status": "enabled",
         *           "created_at": "2026-04-03 22:13:42.674981+00",
         *           "updated_at": "2026-04-04 08:01:10.220145+00"
         *         }
         *       ]
         *     }
         */
        AutomationList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["AutomationSummary"][];
        };
        /**
         * @description One automation with the workflow of its active version.
         * @example {
         *       "object": "automation",
         *       "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e",
         *       "name": "Welcome series",
         *       "status": "enabled",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "updated_at": "2026-04-04 08:01:10.220145+00",
         *       "steps": [
         *         {
         *           "key": "start",
         *           "type": "trigger",
         *           "config": {
         *             "event_name": "user.signed_up"
         *           }
         *         },
         *         {
         *           "key": "welcome",
         *           "type": "send_email",
         *           "config": {
         *             "template": {
         *               "id": "welcome-email"
         *             }
         *           }
         *         }
         *       ],
         *       "connections": [
         *         {
         *           "from": "start",
         *           "to": "welcome",
         *           "type": "default"
         *         }
         *       ]
         *     }
         */
        Automation: {
            /** @description Always `automation`. */
            object: string;
            /** Format: uuid */
            id: string;
            name: string;
            status: components["schemas"]["AutomationStatus"];
            /** @description Creation time; parse leniently. */
            created_at: string;
            /** @description Last change; parse leniently. */
            updated_at: string;
            steps: components["schemas"]["AutomationStep"][];
            connections: components["schemas"]["AutomationStoredConnection"][];
        };
        /**
         * @description The fields to change: at least one of `name`, `status`, or the workflow. `steps` and
         *     `connections` replace the workflow and must be sent together.
         * @example {
         *       "status": "disabled"
         *     }
         */
        UpdateAutomationRequest: {
            name?: string;
            status?: components["schemas"]["AutomationStatus"];
            steps?: components["schemas"]["AutomationStep"][];
            connections?: components["schemas"]["AutomationConnection"][];
        };
        /**
         * @example {
         *       "object": "automation",
         *       "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e"
         *     }
         */
        UpdateAutomationResponse: {
            /** @description Always `automation`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "automation",
         *       "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e",
         *       "deleted": true
         *     }
         */
        DeleteAutomationResponse: {
            /** @description Always `automation`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "object": "automation",
         *       "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"
         *     }
         */
        DuplicateAutomationResponse: {
            /** @description Always `automation`. */
            object: string;
            /**
             * Format: uuid
             * @description The copy's ID.
             */
            id: string;
        };
        /**
         * @example {
         *       "object": "automation",
         *       "id": "c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e",
         *       "status": "disabled"
         *     }
         */
        StopAutomationResponse: {
            /** @description Always `automation`. */
            object: string;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["AutomationStatus"];
        };
        /** @enum {string} */
        AutomationRunStatus: "running" | "completed" | "failed" | "cancelled";
        /**
         * @description A run as shown in lists.
         * @example {
         *       "id": "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6",
         *       "status": "completed",
         *       "started_at": "2026-04-03 22:13:42.674981+00",
         *       "completed_at": "2026-04-05 22:13:43.001288+00",
         *       "created_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        AutomationRunSummary: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["AutomationRunStatus"];
            started_at: string | null;
            completed_at: string | null;
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6",
         *           "status": "running",
         *           "started_at": "2026-04-03 22:13:42.674981+00",
         *           "completed_at": null,
         *           "created_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        AutomationRunList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["AutomationRunSummary"][];
        };
        /**
         * @description What happened at one step of a run.
         * @example {
         *       "key": "welcome",
         *       "type": "send_email",
         *       "status": "completed",
         *       "started_at": "2026-04-03 22:13:42.901224+00",
         *       "completed_at": "2026-04-03 22:13:43.120871+00",
         *       "output": {
         *         "email_id": "4ef9a417-02e9-4d39-ad75-9611e0fcc33c"
         *       },
         *       "error": null,
         *       "created_at": "2026-04-03 22:13:42.901224+00"
         *     }
         */
        AutomationRunStep: {
            key: string;
            type: components["schemas"]["AutomationStepType"];
            /** @description The step's execution state; Resend does not publish the values. */
            status: string;
            started_at: string | null;
            completed_at: string | null;
            output: {
                [key: string]: unknown;
            } | null;
            error: {
                [key: string]: unknown;
            } | null;
            created_at: string;
        };
        /**
         * @description One run with its steps, in graph order.
         * @example {
         *       "object": "automation_run",
         *       "id": "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6",
         *       "status": "completed",
         *       "started_at": "2026-04-03 22:13:42.674981+00",
         *       "completed_at": "2026-04-03 22:13:43.120871+00",
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "steps": [
         *         {
         *           "key": "start",
         *           "type": "trigger",
         *           "status": "completed",
         *           "started_at": "2026-04-03 22:13:42.674981+00",
         *           "completed_at": "2026-04-03 22:13:42.700112+00",
         *           "output": null,
         *           "error": null,
         *           "created_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        AutomationRun: {
            /** @description Always `automation_run`. */
            object: string;
            /** Format: uuid */
            id: string;
            status: components["schemas"]["AutomationRunStatus"];
            started_at: string | null;
            completed_at: string | null;
            created_at: string;
            steps: components["schemas"]["AutomationRunStep"][];
        };
        /**
         * @description A flat map from payload key to the type its value must have: `string`, `number`, `boolean` or `date`.
         * @example {
         *       "plan": "string",
         *       "seats": "number"
         *     }
         */
        CustomEventSchema: {
            [key: string]: "string" | "number" | "boolean" | "date";
        };
        /**
         * @example {
         *       "name": "user.signed_up",
         *       "schema": {
         *         "plan": "string",
         *         "seats": "number"
         *       }
         *     }
         */
        CreateEventRequest: {
            /** @description The event's name; the `resend:` prefix is reserved. */
            name: string;
            /** @description The payload schema, or null for none. */
            schema?: components["schemas"]["CustomEventSchema"] | null;
        };
        /**
         * @example {
         *       "object": "event",
         *       "id": "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8"
         *     }
         */
        CreateEventResponse: {
            /** @description Always `event`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @description A custom event definition as shown in lists.
         * @example {
         *       "id": "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
         *       "name": "user.signed_up",
         *       "schema": {
         *         "plan": "string"
         *       },
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "updated_at": null
         *     }
         */
        CustomEventSummary: {
            /** Format: uuid */
            id: string;
            name: string;
            schema: components["schemas"]["CustomEventSchema"] | null;
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            updated_at: string | null;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
         *           "name": "user.signed_up",
         *           "schema": null,
         *           "created_at": "2026-04-03 22:13:42.674981+00",
         *           "updated_at": null
         *         }
         *       ]
         *     }
         */
        CustomEventList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["CustomEventSummary"][];
        };
        /**
         * @description One custom event definition.
         * @example {
         *       "object": "event",
         *       "id": "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
         *       "name": "user.signed_up",
         *       "schema": {
         *         "plan": "string",
         *         "seats": "number"
         *       },
         *       "created_at": "2026-04-03 22:13:42.674981+00",
         *       "updated_at": "2026-04-04 09:30:00.000000+00"
         *     }
         */
        CustomEvent: {
            /** @description Always `event`. */
            object: string;
            /** Format: uuid */
            id: string;
            name: string;
            schema: components["schemas"]["CustomEventSchema"] | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            updated_at: string | null;
        };
        /**
         * @example {
         *       "schema": {
         *         "plan": "string",
         *         "trial": "boolean"
         *       }
         *     }
         */
        UpdateEventRequest: {
            /** @description The new payload schema; null clears it. */
            schema: components["schemas"]["CustomEventSchema"] | null;
        };
        /**
         * @example {
         *       "object": "event",
         *       "id": "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8"
         *     }
         */
        UpdateEventResponse: {
            /** @description Always `event`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "event",
         *       "id": "8f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8",
         *       "deleted": true
         *     }
         */
        DeleteEventResponse: {
            /** @description Always `event`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description One occurrence of an event for one contact: give exactly one of `contact_id` and `email`.
         * @example {
         *       "event": "user.signed_up",
         *       "email": "ada@example.com",
         *       "payload": {
         *         "plan": "pro"
         *       }
         *     }
         */
        SendEventRequest: {
            /** @description The event's name. */
            event: string;
            /** Format: uuid */
            contact_id?: string;
            /** Format: email */
            email?: string;
            /** @description Values for the event's schema keys. */
            payload?: {
                [key: string]: unknown;
            };
        } & ({
            /** Format: uuid */
            contact_id: string;
        } | {
            /** Format: email */
            email: string;
        });
        /**
         * @example {
         *       "object": "event",
         *       "event": "user.signed_up"
         *     }
         */
        SendEventResponse: {
            /** @description Always `event`. */
            object: string;
            /** @description The name of the event that was accepted. */
            event: string;
        };
        /**
         * @description A thread folder.
         * @enum {string}
         */
        InboxFolder: "inbox" | "archive" | "spam" | "sent" | "trash";
        /** @enum {string} */
        InboxLabelColor: "cyan" | "teal" | "grass" | "lime" | "yellow" | "orange" | "iris" | "plum" | "crimson" | "bronze" | "mauve";
        /**
         * @description Something the inbox's AI agent is allowed to do on its own (the names Resend's docs list).
         * @enum {string}
         */
        InboxAgentAction: "draft_reply" | "forward_thread" | "add_labels" | "assign_thread" | "mark_as_spam" | "archive_thread" | "delete_thread";
        /** @description One address, or a list of addresses. */
        InboxAddressInput: string | string[];
        /**
         * @description A new inbox (beta). With `forwarding: true` Resend provides a receiving address to forward mail to, so no MX record is needed.
         * @example {
         *       "email_address": "support@acme.dev",
         *       "name": "Support",
         *       "from_name": "Acme Support"
         *     }
         */
        CreateInboxRequest: {
            /**
             * Format: email
             * @description The inbox's address, on a verified domain of the team.
             */
            email_address: string;
            /** @description Internal name; the address when absent. */
            name?: string;
            /** @description The plain display name used as sender on outgoing mail. */
            from_name?: string;
            /** @description Ask Resend for a receiving address to forward mail to instead of pointing MX records at Resend. */
            forwarding?: boolean;
        };
        /**
         * @description An inbox (beta). `unread` and `drafts` are counts.
         * @example {
         *       "object": "inbox",
         *       "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
         *       "name": "Support",
         *       "email_address": "support@acme.dev",
         *       "domain_id": "d91cd9bd-1176-453e-8fc1-35364d380206",
         *       "receiving_address": null,
         *       "from_name": "Acme Support",
         *       "unread": 3,
         *       "drafts": 1,
         *       "last_received": "2026-04-03 22:13:42.674981+00",
         *       "created_at": "2026-04-01 09:00:00.000000+00",
         *       "updated_at": "2026-04-02 10:00:00.000000+00"
         *     }
         */
        Inbox: {
            /** @constant */
            object: "inbox";
            /** Format: uuid */
            id: string;
            name: string;
            email_address: string;
            /** Format: uuid */
            domain_id: string;
            /** @description The Resend-provided address to forward mail to, when forwarding is on. */
            receiving_address: string | null;
            from_name: string | null;
            /** @description Unread threads. */
            unread: number;
            /** @description Unsent drafts. */
            drafts: number;
            /** @description When mail last arrived; parse leniently. */
            last_received: string | null;
            /** @description Creation time, in Resend's Postgres-like form (`2026-04-03 22:13:42.674981+00`); parse leniently. */
            created_at: string;
            /** @description Last change; parse leniently. */
            updated_at: string;
        };
        /**
         * @description An inbox as shown in lists (beta).
         * @example {
         *       "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
         *       "name": "Support",
         *       "email_address": "support@acme.dev",
         *       "from_name": "Acme Support",
         *       "unread": 3,
         *       "last_received": "2026-04-03 22:13:42.674981+00",
         *       "created_at": "2026-04-01 09:00:00.000000+00",
         *       "updated_at": "2026-04-02 10:00:00.000000+00"
         *     }
         */
        InboxSummary: {
            created_at: string;
            updated_at: string;
            /** Format: uuid */
            id: string;
            name: string;
            email_address: string;
            from_name: string | null;
            unread: number;
            last_received: string | null;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
         *           "name": "Support",
         *           "email_address": "support@acme.dev",
         *           "from_name": "Acme Support",
         *           "unread": 3,
         *           "last_received": "2026-04-03 22:13:42.674981+00",
         *           "created_at": "2026-04-01 09:00:00.000000+00",
         *           "updated_at": "2026-04-02 10:00:00.000000+00"
         *         }
         *       ]
         *     }
         */
        InboxList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["InboxSummary"][];
        };
        /**
         * @description At least one of `name` and `from_name`.
         * @example {
         *       "from_name": "Acme Help Desk"
         *     }
         */
        UpdateInboxRequest: {
            name?: string;
            from_name?: string;
        };
        /**
         * @example {
         *       "object": "inbox",
         *       "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *     }
         */
        UpdateInboxResponse: {
            /** @description Always `inbox`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "inbox",
         *       "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b",
         *       "deleted": true
         *     }
         */
        DeleteInboxResponse: {
            /** @description Always `inbox`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description How the inbox's AI agent behaves (beta).
         * @example {
         *       "object": "inbox_agent",
         *       "instructions": "Answer billing questions politely and link to the help center.",
         *       "tone": "friendly",
         *       "enabled_actions": [
         *         "draft_reply",
         *         "add_labels"
         *       ]
         *     }
         */
        InboxAgent: {
            /** @constant */
            object: "inbox_agent";
            instructions: string | null;
            tone: string | null;
            enabled_actions: components["schemas"]["InboxAgentAction"][];
        };
        /**
         * @description At least one field. `enabled_actions` replaces the whole set; `instructions` null clears them.
         * @example {
         *       "tone": "concise",
         *       "enabled_actions": [
         *         "draft_reply"
         *       ]
         *     }
         */
        UpdateInboxAgentRequest: {
            instructions?: string | null;
            tone?: string;
            enabled_actions?: components["schemas"]["InboxAgentAction"][];
        };
        /**
         * @example {
         *       "object": "inbox_agent",
         *       "id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
         *     }
         */
        UpdateInboxAgentResponse: {
            /** @constant */
            object: "inbox_agent";
            /** @description The inbox's ID. */
            id: string;
        };
        /**
         * @description A label as attached to a thread.
         * @example {
         *       "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *       "name": "Billing",
         *       "color": "orange"
         *     }
         */
        InboxThreadLabel: {
            /** Format: uuid */
            id: string;
            name: string;
            color: components["schemas"]["InboxLabelColor"];
        };
        /**
         * @description Every label now on the thread, after the change (beta). Not paginated.
         * @example {
         *       "object": "list",
         *       "data": [
         *         {
         *           "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *           "name": "Billing",
         *           "color": "orange"
         *         }
         *       ]
         *     }
         */
        InboxThreadLabelList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["InboxThreadLabel"][];
        };
        /**
         * @description Label IDs of this inbox to add to a thread, or to set as its only labels (beta).
         * @example {
         *       "labels": [
         *         "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
         *       ]
         *     }
         */
        InboxThreadLabelsRequest: {
            labels: string[];
        };
        /**
         * @description A conversation thread as shown in lists (beta).
         * @example {
         *       "id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *       "subject": "Invoice question",
         *       "from": "Ada Lovelace <ada@example.com>",
         *       "to": [
         *         "support@acme.dev"
         *       ],
         *       "cc": [],
         *       "bcc": [],
         *       "labels": [
         *         {
         *           "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *           "name": "Billing",
         *           "color": "orange"
         *         }
         *       ],
         *       "message_count": 2,
         *       "has_attachment": false,
         *       "has_draft": true,
         *       "read": false,
         *       "received_at": "2026-04-03 22:13:42.674981+00",
         *       "folder": "inbox"
         *     }
         */
        InboxThreadSummary: {
            /** Format: uuid */
            id: string;
            subject: string | null;
            from: string | null;
            to: string[];
            cc: string[];
            bcc: string[];
            labels: components["schemas"]["InboxThreadLabel"][];
            /** @description Emails in the thread (the official SDK 6.38 typed it `email_count`; the API docs say `message_count`). */
            message_count: number;
            has_attachment: boolean;
            has_draft: boolean;
            read: boolean;
            /** @description When the latest email arrived; parse leniently. */
            received_at: string;
            folder: components["schemas"]["InboxFolder"];
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *           "subject": "Invoice question",
         *           "from": "Ada Lovelace <ada@example.com>",
         *           "to": [
         *             "support@acme.dev"
         *           ],
         *           "cc": [],
         *           "bcc": [],
         *           "labels": [],
         *           "message_count": 1,
         *           "has_attachment": false,
         *           "has_draft": false,
         *           "read": false,
         *           "received_at": "2026-04-03 22:13:42.674981+00",
         *           "folder": "inbox"
         *         }
         *       ]
         *     }
         */
        InboxThreadList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["InboxThreadSummary"][];
        };
        /** @description Highlighted fragment(s) of a field that matched. */
        InboxSearchHighlight: string | string[];
        /**
         * @description A thread that matched a search, with the email that matched and highlighted fragments (beta).
         * @example {
         *       "id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *       "subject": "Invoice question",
         *       "from": "Ada Lovelace <ada@example.com>",
         *       "to": [
         *         "support@acme.dev"
         *       ],
         *       "cc": [],
         *       "bcc": [],
         *       "labels": [],
         *       "message_count": 1,
         *       "has_attachment": false,
         *       "has_draft": false,
         *       "read": true,
         *       "received_at": "2026-04-03 22:13:42.674981+00",
         *       "folder": "inbox",
         *       "matched_email_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "highlights": {
         *         "subject": "Question about my <mark>invoice</mark>"
         *       }
         *     }
         */
        InboxThreadSearchResult: components["schemas"]["InboxThreadSummary"] & {
            /** Format: uuid */
            matched_email_id: string;
            highlights: {
                subject?: components["schemas"]["InboxSearchHighlight"];
                body?: components["schemas"]["InboxSearchHighlight"];
                from?: components["schemas"]["InboxSearchHighlight"];
                to?: components["schemas"]["InboxSearchHighlight"];
                cc?: components["schemas"]["InboxSearchHighlight"];
                bcc?: components["schemas"]["InboxSearchHighlight"];
                attachments?: components["schemas"]["InboxSearchHighlight"];
            };
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *           "subject": "Invoice question",
         *           "from": "Ada Lovelace <ada@example.com>",
         *           "to": [
         *             "support@acme.dev"
         *           ],
         *           "cc": [],
         *           "bcc": [],
         *           "labels": [],
         *           "message_count": 1,
         *           "has_attachment": false,
         *           "has_draft": false,
         *           "read": true,
         *           "received_at": "2026-04-03 22:13:42.674981+00",
         *           "folder": "inbox",
         *           "matched_email_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *           "highlights": {
         *             "body": "Could you resend the <mark>invoice</mark> for March?"
         *           }
         *         }
         *       ]
         *     }
         */
        InboxThreadSearchList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["InboxThreadSearchResult"][];
        };
        /**
         * @description One thread (beta).
         * @example {
         *       "object": "inbox_thread",
         *       "id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *       "subject": "Invoice question",
         *       "folder": "inbox",
         *       "labels": [],
         *       "read": true
         *     }
         */
        InboxThread: {
            /** @constant */
            object: "inbox_thread";
            /** Format: uuid */
            id: string;
            subject: string | null;
            folder: components["schemas"]["InboxFolder"];
            labels: components["schemas"]["InboxThreadLabel"][];
            read: boolean;
        };
        /**
         * @description At least one field.
         * @example {
         *       "read": true,
         *       "folder": "archive"
         *     }
         */
        UpdateInboxThreadRequest: {
            read?: boolean;
            /**
             * @description The folder to move the thread to (`sent` is not a target).
             * @enum {string}
             */
            folder?: "inbox" | "archive" | "spam" | "trash";
            /**
             * Format: uuid
             * @description A label to put on the thread.
             */
            label_id?: string;
        };
        /**
         * @example {
         *       "object": "inbox_thread",
         *       "id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *       "deleted": true
         *     }
         */
        DeleteInboxThreadResponse: {
            /** @constant */
            object: "inbox_thread";
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @example {
         *       "id": "660e8400-e29b-41d4-a716-446655440000",
         *       "filename": "invoice-march.pdf",
         *       "size": 48213
         *     }
         */
        InboxAttachment: {
            /** Format: uuid */
            id: string;
            filename: string | null;
            /** @description Size in bytes. */
            size: number;
        };
        /**
         * @description One email of a thread (beta), received (`inbound`) or sent from the inbox (`outbound`).
         * @example {
         *       "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "direction": "inbound",
         *       "from": "Ada Lovelace <ada@example.com>",
         *       "to": [
         *         "support@acme.dev"
         *       ],
         *       "cc": [],
         *       "bcc": [],
         *       "reply_to": [],
         *       "subject": "Invoice question",
         *       "message_id": "<CAF1x2y3z@mail.example.com>",
         *       "html": "<p>Could you resend the invoice for March?</p>",
         *       "text": "Could you resend the invoice for March?",
         *       "attachments": [],
         *       "read": true,
         *       "received_at": "2026-04-03 22:13:42.674981+00"
         *     }
         */
        InboxMessage: {
            /** @description The object type, when present. */
            object?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            from: string;
            to: string[];
            cc: string[];
            bcc: string[];
            reply_to: string[];
            subject: string | null;
            /** @description The Message-ID header. */
            message_id: string;
            html: string | null;
            text: string | null;
            attachments: components["schemas"]["InboxAttachment"][];
            read: boolean;
            /** @description When the email arrived or was sent; parse leniently. */
            received_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *           "direction": "inbound",
         *           "from": "Ada Lovelace <ada@example.com>",
         *           "to": [
         *             "support@acme.dev"
         *           ],
         *           "cc": [],
         *           "bcc": [],
         *           "reply_to": [],
         *           "subject": "Invoice question",
         *           "message_id": "<CAF1x2y3z@mail.example.com>",
         *           "html": "<p>Could you resend the invoice for March?</p>",
         *           "text": "Could you resend the invoice for March?",
         *           "attachments": [],
         *           "read": true,
         *           "received_at": "2026-04-03 22:13:42.674981+00"
         *         }
         *       ]
         *     }
         */
        InboxMessageList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["InboxMessage"][];
        };
        /**
         * @description The outbound email a reply or forward produced, plus the ID of the sent email.
         * @example {
         *       "id": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
         *       "direction": "outbound",
         *       "from": "Acme Support <support@acme.dev>",
         *       "to": [
         *         "ada@example.com"
         *       ],
         *       "cc": [],
         *       "bcc": [],
         *       "reply_to": [],
         *       "subject": "Re: Invoice question",
         *       "message_id": "<a1b2c3d4@acme.dev>",
         *       "html": "<p>Here it is, attached.</p>",
         *       "text": "Here it is, attached.",
         *       "attachments": [],
         *       "read": true,
         *       "received_at": "2026-04-03 22:20:01.118224+00",
         *       "email_id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"
         *     }
         */
        InboxSentMessage: components["schemas"]["InboxMessage"] & {
            /**
             * Format: uuid
             * @description The sent email's ID.
             */
            email_id: string;
        };
        /**
         * @description A reply: at least one of `html` and `text`; at most 50 recipients in all.
         * @example {
         *       "text": "Here it is, attached.",
         *       "reply_all": false
         *     }
         */
        ReplyInboxEmailRequest: {
            html?: string;
            text?: string;
            cc?: components["schemas"]["InboxAddressInput"];
            bcc?: components["schemas"]["InboxAddressInput"];
            /** @description `Re: <original subject>` when absent. */
            subject?: string;
            /** @description Also address everyone on the original email, not only its sender (false when absent). */
            reply_all?: boolean;
        } | {
            html: string;
        } | {
            text: string;
        };
        /**
         * @description A forward: `html` / `text` is a note placed above the forwarded email; at most 50 recipients in all.
         * @example {
         *       "to": "billing@acme.dev",
         *       "text": "Can you take this one?"
         *     }
         */
        ForwardInboxEmailRequest: {
            to: components["schemas"]["InboxAddressInput"];
            cc?: components["schemas"]["InboxAddressInput"];
            bcc?: components["schemas"]["InboxAddressInput"];
            html?: string;
            text?: string;
            /** @description `Fwd: <original subject>` when absent. */
            subject?: string;
        };
        /**
         * @description `reply` drafts answer an email of a thread; `standalone` drafts start a new thread.
         * @enum {string}
         */
        InboxDraftType: "standalone" | "reply";
        /**
         * @description An unsent (or just sent) draft (beta).
         * @example {
         *       "object": "inbox_draft",
         *       "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "type": "reply",
         *       "to": [
         *         "ada@example.com"
         *       ],
         *       "cc": [],
         *       "bcc": [],
         *       "subject": "Re: Invoice question",
         *       "html": null,
         *       "text": "Here it is, attached.",
         *       "thread_id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *       "reply_to_email_id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "email_id": null,
         *       "created_at": "2026-04-03 22:15:00.000000+00",
         *       "updated_at": "2026-04-03 22:16:30.512000+00",
         *       "attachments": []
         *     }
         */
        InboxDraft: {
            /** @constant */
            object: "inbox_draft";
            /** Format: uuid */
            id: string;
            type: components["schemas"]["InboxDraftType"];
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string | null;
            html: string | null;
            text: string | null;
            thread_id: string | null;
            reply_to_email_id: string | null;
            /** @description The sent email's ID once the draft has been sent. */
            email_id: string | null;
            /** @description Creation time; parse leniently. */
            created_at: string;
            /** @description Last change; parse leniently. */
            updated_at: string;
            /** @description Files stored on the draft. */
            attachments: components["schemas"]["InboxDraftAttachment"][];
        };
        /**
         * @example {
         *       "id": "660e8400-e29b-41d4-a716-446655440000",
         *       "filename": "invoice-march.pdf",
         *       "content_type": "application/pdf",
         *       "size": 48213
         *     }
         */
        InboxDraftAttachment: {
            /** Format: uuid */
            id: string;
            filename: string;
            content_type: string;
            size: number;
        };
        /**
         * @description A draft as shown in lists (beta); `snippet` is the start of its text.
         * @example {
         *       "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "type": "standalone",
         *       "to": [
         *         "grace@example.com"
         *       ],
         *       "cc": [],
         *       "bcc": [],
         *       "subject": "Welcome to Acme",
         *       "snippet": "Hi Grace, glad to have you",
         *       "thread_id": null,
         *       "reply_to_email_id": null,
         *       "updated_at": "2026-04-03 22:16:30.512000+00",
         *       "attachments": []
         *     }
         */
        InboxDraftSummary: {
            attachments: components["schemas"]["InboxDraftAttachment"][];
            /** Format: uuid */
            id: string;
            type: components["schemas"]["InboxDraftType"];
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string | null;
            snippet: string | null;
            thread_id: string | null;
            reply_to_email_id: string | null;
            updated_at: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "has_more": false,
         *       "data": [
         *         {
         *           "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *           "type": "standalone",
         *           "to": [
         *             "grace@example.com"
         *           ],
         *           "cc": [],
         *           "bcc": [],
         *           "subject": "Welcome to Acme",
         *           "snippet": "Hi Grace, glad to have you",
         *           "thread_id": null,
         *           "reply_to_email_id": null,
         *           "updated_at": "2026-04-03 22:16:30.512000+00",
         *           "attachments": []
         *         }
         *       ]
         *     }
         */
        InboxDraftList: components["schemas"]["ListEnvelope"] & {
            data: components["schemas"]["InboxDraftSummary"][];
        };
        /**
         * @description A new draft: at least one of `to`, `cc`, `bcc`, `subject`, `text`, `html` must be non-empty
         *     (`null` is the same as leaving a field out, as the official SDK's types allow).
         *     Give `thread_id` together with `reply_to_email_id` to draft a reply; if a reply draft for that
         *     email already exists it is returned (200) instead of a new one (201).
         * @example {
         *       "to": "grace@example.com",
         *       "subject": "Welcome to Acme",
         *       "text": "Hi Grace, glad to have you."
         *     }
         */
        CreateInboxDraftRequest: {
            to: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            text?: string | null;
            html?: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][];
        } | {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            text?: string | null;
            html?: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][];
        } | {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            text?: string | null;
            html?: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][];
        } | {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject: string | null;
            text?: string | null;
            html?: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][];
        } | {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            text: string | null;
            html?: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][];
        } | {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            text?: string | null;
            html: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][];
        } | {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            text?: string | null;
            html?: string | null;
            /** Format: uuid */
            thread_id?: string;
            /** Format: uuid */
            reply_to_email_id?: string;
            attachments: components["schemas"]["InboxDraftAttachmentInput"][];
        };
        /**
         * @description At least one field; null clears it.
         * @example {
         *       "subject": "Welcome aboard",
         *       "html": null
         *     }
         */
        UpdateInboxDraftRequest: {
            to?: components["schemas"]["InboxAddressInput"] | null;
            cc?: components["schemas"]["InboxAddressInput"] | null;
            bcc?: components["schemas"]["InboxAddressInput"] | null;
            subject?: string | null;
            html?: string | null;
            text?: string | null;
            /** @description Replaces every file on the draft; `[]` or `null` removes them all. */
            attachments?: components["schemas"]["InboxDraftAttachmentInput"][] | null;
        };
        /**
         * @example {
         *       "object": "inbox_draft",
         *       "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "deleted": true
         *     }
         */
        DeleteInboxDraftResponse: {
            /** @description Always `inbox_draft`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description The sent draft, the thread it landed in and the sent email.
         * @example {
         *       "object": "inbox_draft",
         *       "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "thread_id": "0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d",
         *       "email_id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"
         *     }
         */
        SendInboxDraftResponse: {
            /** @constant */
            object: "inbox_draft";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            thread_id: string;
            /** Format: uuid */
            email_id: string;
        };
        /**
         * @description A label of an inbox (beta).
         * @example {
         *       "object": "inbox_label",
         *       "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *       "name": "Billing",
         *       "color": "orange",
         *       "created_at": "2026-04-01 09:05:00.000000+00"
         *     }
         */
        InboxLabel: {
            /** @constant */
            object: "inbox_label";
            /** Format: uuid */
            id: string;
            name: string;
            color: components["schemas"]["InboxLabelColor"];
            /** @description Creation time; parse leniently. */
            created_at: string;
        };
        /**
         * @description Every label of the inbox, oldest first. Not paginated, so there is no `has_more`.
         * @example {
         *       "object": "list",
         *       "data": [
         *         {
         *           "object": "inbox_label",
         *           "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *           "name": "Billing",
         *           "color": "orange",
         *           "created_at": "2026-04-01 09:05:00.000000+00"
         *         }
         *       ]
         *     }
         */
        InboxLabelList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["InboxLabel"][];
        };
        /**
         * @example {
         *       "name": "Billing",
         *       "color": "orange"
         *     }
         */
        CreateInboxLabelRequest: {
            name: string;
            color?: components["schemas"]["InboxLabelColor"];
        };
        /**
         * @example {
         *       "color": "crimson"
         *     }
         */
        UpdateInboxLabelRequest: {
            name?: string;
            color?: components["schemas"]["InboxLabelColor"];
        };
        /**
         * @example {
         *       "object": "inbox_label",
         *       "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
         *     }
         */
        UpdateInboxLabelResponse: {
            /** @description Always `inbox_label`. */
            object: string;
            /** Format: uuid */
            id: string;
        };
        /**
         * @example {
         *       "object": "inbox_label",
         *       "id": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
         *       "deleted": true
         *     }
         */
        DeleteInboxLabelResponse: {
            /** @description Always `inbox_label`. */
            object: string;
            /** Format: uuid */
            id: string;
            /** @constant */
            deleted: true;
        };
        /**
         * @description Emails counted against one quota window; sent and received emails both count.
         * @example {
         *       "used": 42,
         *       "limit": 100,
         *       "sent": 40,
         *       "received": 2,
         *       "resets_at": "2026-04-04T00:00:00.000Z"
         *     }
         */
        UsageEmailQuota: {
            /** @description Emails counted so far in this window. */
            used: number;
            /** @description The quota for this window; for the daily window null once the team has a paid sending plan. */
            limit: number | null;
            sent: number;
            received: number;
            /** @description When the window resets; parse leniently. */
            resets_at: string;
        };
        /**
         * @description How much of one resource the team uses, against its plan's limit (null when unlimited).
         * @example {
         *       "used": 2,
         *       "limit": 3
         *     }
         */
        UsageCount: {
            used: number;
            limit: number | null;
        };
        /**
         * @description A usage snapshot (private beta; Resend warns the shape may change): the email quotas, the
         *     counts of contacts, segments, broadcasts, domains, automation runs and AI credits against the
         *     plan's limits, and the team's rate limit. The sections follow the official SDK's type (6.38);
         *     `generated_at` is on the docs page only, so it is optional.
         * @example {
         *       "object": "usage",
         *       "generated_at": "2026-04-03T22:13:42.674Z",
         *       "emails": {
         *         "daily": {
         *           "used": 42,
         *           "limit": 100,
         *           "sent": 40,
         *           "received": 2,
         *           "resets_at": "2026-04-04T00:00:00.000Z"
         *         },
         *         "monthly": {
         *           "used": 1210,
         *           "limit": 3000,
         *           "sent": 1150,
         *           "received": 60,
         *           "resets_at": "2026-05-01T00:00:00.000Z"
         *         }
         *       },
         *       "contacts": {
         *         "used": 120,
         *         "limit": 1000
         *       },
         *       "segments": {
         *         "used": 2,
         *         "limit": 3
         *       },
         *       "broadcasts": {
         *         "used": 4,
         *         "limit": null
         *       },
         *       "ai_credits": {
         *         "used": 0,
         *         "limit": null,
         *         "next_increase_at": null
         *       },
         *       "automation_runs": {
         *         "used": 12,
         *         "limit": 1000,
         *         "resets_at": "2026-05-01T00:00:00.000Z"
         *       },
         *       "domains": {
         *         "used": 1,
         *         "limit": 3
         *       },
         *       "rate_limit": {
         *         "limit": 10,
         *         "duration": "1s"
         *       }
         *     }
         */
        Usage: {
            /** @constant */
            object: "usage";
            /** @description When the snapshot was taken; parse leniently. */
            generated_at?: string;
            emails: {
                daily: components["schemas"]["UsageEmailQuota"];
                monthly: components["schemas"]["UsageEmailQuota"];
            };
            contacts: components["schemas"]["UsageCount"];
            segments: components["schemas"]["UsageCount"];
            broadcasts: components["schemas"]["UsageCount"];
            domains: components["schemas"]["UsageCount"];
            ai_credits: {
                used: number;
                limit: number | null;
                next_increase_at: string | null;
            };
            automation_runs: {
                used: number;
                limit: number | null;
                resets_at: string;
            };
            rate_limit: {
                /** @description Requests allowed per `duration`. */
                limit: number;
                /** @description The window, e.g. `1s`. */
                duration: string;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Every event type a webhook can subscribe to. Inbox events belong to the inboxes beta.
         * @enum {string}
         */
        WebhookEventType: "email.sent" | "email.delivered" | "email.delivery_delayed" | "email.bounced" | "email.complained" | "email.opened" | "email.clicked" | "email.failed" | "email.scheduled" | "email.suppressed" | "email.received" | "contact.created" | "contact.updated" | "contact.deleted" | "contact.topics.updated" | "domain.created" | "domain.updated" | "domain.deleted" | "suppression.added" | "suppression.removed" | "topic.created" | "topic.updated" | "topic.deleted" | "inbox.created" | "inbox.updated" | "inbox.deleted" | "inbox.thread.created" | "inbox.thread.folder.updated" | "inbox.thread.assigned" | "inbox.thread.unassigned" | "inbox.thread.labels.updated" | "inbox.email.received" | "inbox.email.sent" | "inbox.draft.created" | "inbox.draft.updated" | "inbox.draft.sent" | "inbox.draft.deleted";
        WebhookEmailHeader: {
            name: string;
            value: string;
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
        WebhookEmailFailure: {
            /** @description Why sending failed, for example `reached_daily_quota`. */
            reason: string;
        };
        WebhookEmailFailedData: components["schemas"]["WebhookEmailData"] & {
            failed: components["schemas"]["WebhookEmailFailure"];
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
        WebhookEmailSuppressedData: components["schemas"]["WebhookEmailData"] & {
            suppressed: components["schemas"]["WebhookEmailSuppression"];
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
         * @description Any webhook delivery body; narrow it on `type`.
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
        WebhookEventPayload: components["schemas"]["EmailSentEvent"] | components["schemas"]["EmailDeliveredEvent"] | components["schemas"]["EmailDeliveryDelayedEvent"] | components["schemas"]["EmailBouncedEvent"] | components["schemas"]["EmailComplainedEvent"] | components["schemas"]["EmailOpenedEvent"] | components["schemas"]["EmailClickedEvent"] | components["schemas"]["EmailFailedEvent"] | components["schemas"]["EmailScheduledEvent"] | components["schemas"]["EmailSuppressedEvent"] | components["schemas"]["EmailReceivedEvent"] | components["schemas"]["ContactCreatedEvent"] | components["schemas"]["ContactUpdatedEvent"] | components["schemas"]["ContactDeletedEvent"] | components["schemas"]["ContactTopicsUpdatedEvent"] | components["schemas"]["DomainCreatedEvent"] | components["schemas"]["DomainUpdatedEvent"] | components["schemas"]["DomainDeletedEvent"] | components["schemas"]["SuppressionAddedEvent"] | components["schemas"]["SuppressionRemovedEvent"] | components["schemas"]["TopicCreatedEvent"] | components["schemas"]["TopicUpdatedEvent"] | components["schemas"]["TopicDeletedEvent"] | components["schemas"]["InboxCreatedEvent"] | components["schemas"]["InboxUpdatedEvent"] | components["schemas"]["InboxDeletedEvent"] | components["schemas"]["InboxThreadCreatedEvent"] | components["schemas"]["InboxThreadFolderUpdatedEvent"] | components["schemas"]["InboxThreadAssignedEvent"] | components["schemas"]["InboxThreadUnassignedEvent"] | components["schemas"]["InboxThreadLabelsUpdatedEvent"] | components["schemas"]["InboxEmailReceivedEvent"] | components["schemas"]["InboxEmailSentEvent"] | components["schemas"]["InboxDraftCreatedEvent"] | components["schemas"]["InboxDraftUpdatedEvent"] | components["schemas"]["InboxDraftSentEvent"] | components["schemas"]["InboxDraftDeletedEvent"];
        /**
         * @description A file to store on a draft: its `content` (Base64) with a `content_type`, or a `path`, a URL
         *     Resend downloads when the request is made. The files of one draft may total at most 25 MB; an
         *     empty file, a blocked file type or a `path` that cannot be downloaded is answered with 422.
         */
        InboxDraftAttachmentInput: {
            /** @description The file's bytes, Base64-encoded. */
            content: string;
            /**
             * Format: uri
             * @description A URL Resend downloads the file from, instead of `content`.
             */
            path?: string;
            filename: string;
            /** @description MIME type; required with `content`, else the downloaded file's. */
            content_type: string;
        } | {
            /** @description The file's bytes, Base64-encoded. */
            content?: string;
            /**
             * Format: uri
             * @description A URL Resend downloads the file from, instead of `content`.
             */
            path: string;
            filename: string;
            /** @description MIME type; required with `content`, else the downloaded file's. */
            content_type?: string;
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
         * @description How a batch with invalid emails is handled. `strict` (the default, and what the official SDKs
         *     send) refuses the whole batch when any email is invalid, so nothing is sent. `permissive` sends
         *     the valid emails and reports each invalid one in `errors[]` by its index in the request. Not in
         *     Resend's OpenAPI file or docs; the official SDK sends it.
         * @example permissive
         */
        BatchValidation: "strict" | "permissive";
        /**
         * @description Mandatory product token identifying the calling software (for example `my-app/1.0`).
         *     Requests without it are refused in front of the API with a 403 carrying error code 1010 and a
         *     non-JSON body.
         * @example my-app/1.0 resendkit/0.1.0
         */
        UserAgent: string;
        /**
         * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
         *     to drop duplicates. Part of the signed content.
         * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
         */
        SvixId: string;
        /**
         * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
         *     whose timestamp is far from the current time to block replays.
         * @example 1775254425
         */
        SvixTimestamp: string;
        /**
         * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
         *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
         *     one per valid secret; accept the delivery if any of them matches.
         * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
         */
        SvixSignature: string;
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
/** Every operation of the Resend API by `operationId`: parameters, request body and responses. */
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
                /**
                 * @description How a batch with invalid emails is handled. `strict` (the default, and what the official SDKs
                 *     send) refuses the whole batch when any email is invalid, so nothing is sent. `permissive` sends
                 *     the valid emails and reports each invalid one in `errors[]` by its index in the request. Not in
                 *     Resend's OpenAPI file or docs; the official SDK sends it.
                 * @example permissive
                 */
                "x-batch-validation"?: components["parameters"]["BatchValidation"];
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
            /**
             * @description Strict: every email was accepted and `data` holds their IDs in request order. Permissive:
             *     `data` holds the IDs of the valid emails in request order and `errors` the invalid ones.
             */
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
            /** @description The domain already has a pending claim; it is returned unchanged. */
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
    createAudienceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID (an audience is a segment under its older name).
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                audience_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAudienceContactRequest"];
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
    getAudienceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID (an audience is a segment under its older name).
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                audience_id: string;
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
    deleteAudienceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID (an audience is a segment under its older name).
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                audience_id: string;
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
    updateAudienceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The audience's ID (an audience is a segment under its older name).
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                audience_id: string;
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
    listSegments: {
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
            /** @description A page of segments. */
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
                    "application/json": components["schemas"]["SegmentList"];
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
    createSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSegmentRequest"];
            };
        };
        responses: {
            /** @description The segment was created. */
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
                    "application/json": components["schemas"]["CreateSegmentResponse"];
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
    getSegmentMetrics: {
        parameters: {
            query?: {
                /**
                 * @description Which counts to return; all of them when absent. Repeat the parameter for several values.
                 * @example [
                 *       "all_contacts",
                 *       "subscribers"
                 *     ]
                 */
                metrics?: components["schemas"]["SegmentMetricName"][];
                /**
                 * @description Break the counts down by segment (one row per segment in `data`).
                 * @example [
                 *       "segment"
                 *     ]
                 */
                dimensions?: "segment"[];
                /**
                 * @description Only count these segments. Repeat the parameter for several IDs.
                 * @example [
                 *       "78261eea-8f8b-4381-83c6-79fa7120f1cf"
                 *     ]
                 */
                segment_id?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested counts. */
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
                    "application/json": components["schemas"]["SegmentMetrics"];
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
    getSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description The segment. */
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
                    "application/json": components["schemas"]["Segment"];
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
    deleteSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            /** @description The segment was deleted. */
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
                    "application/json": components["schemas"]["DeleteSegmentResponse"];
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
    updateSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentRequest"];
            };
        };
        responses: {
            /** @description The segment was updated. */
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
                    "application/json": components["schemas"]["UpdateSegmentResponse"];
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
    listSegmentContacts: {
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
                 * @description The segment's ID.
                 * @example 78261eea-8f8b-4381-83c6-79fa7120f1cf
                 */
                segment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts. */
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
                    "application/json": components["schemas"]["SegmentContactList"];
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
    listTopics: {
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
            /** @description A page of topics. */
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
                    "application/json": components["schemas"]["TopicList"];
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
    createTopic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTopicRequest"];
            };
        };
        responses: {
            /** @description The topic was created. */
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
                    "application/json": components["schemas"]["CreateTopicResponse"];
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
    getTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The topic's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                topic_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topic. */
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
                    "application/json": components["schemas"]["Topic"];
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
    deleteTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The topic's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                topic_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topic was deleted. */
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
                    "application/json": components["schemas"]["DeleteTopicResponse"];
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
    updateTopic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The topic's ID.
                 * @example b6d24b8e-af0b-4c3c-be0c-359bbd97381e
                 */
                topic_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTopicRequest"];
            };
        };
        responses: {
            /** @description The topic was updated. */
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
                    "application/json": components["schemas"]["UpdateTopicResponse"];
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
    listBroadcasts: {
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
            /** @description A page of broadcasts. */
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
                    "application/json": components["schemas"]["BroadcastList"];
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
    createBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBroadcastRequest"];
            };
        };
        responses: {
            /** @description The broadcast was created. */
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
                    "application/json": components["schemas"]["CreateBroadcastResponse"];
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
    getBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The broadcast. */
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
                    "application/json": components["schemas"]["Broadcast"];
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
    deleteBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The broadcast was deleted. */
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
                    "application/json": components["schemas"]["DeleteBroadcastResponse"];
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
    updateBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBroadcastRequest"];
            };
        };
        responses: {
            /** @description The broadcast was updated. */
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
                    "application/json": components["schemas"]["UpdateBroadcastResponse"];
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
    sendBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SendBroadcastRequest"];
            };
        };
        responses: {
            /** @description The broadcast was queued or scheduled. */
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
                    "application/json": components["schemas"]["SendBroadcastResponse"];
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
    cancelBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The broadcast was canceled. */
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
                    "application/json": components["schemas"]["CancelBroadcastResponse"];
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
    duplicateBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy was created as a draft. */
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
                    "application/json": components["schemas"]["DuplicateBroadcastResponse"];
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
    listBroadcastRecipients: {
        parameters: {
            query: {
                /**
                 * @description The event whose recipients to list.
                 * @example opened
                 */
                type: components["schemas"]["BroadcastRecipientEventType"];
                /**
                 * @description Only return the recipient with this address.
                 * @example ada@example.com
                 */
                email?: string;
                /**
                 * @description With `type=bounced`, only return bounces of this kind.
                 * @example permanent
                 */
                bounce_type?: components["schemas"]["BroadcastBounceType"];
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
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of recipients. */
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
                    "application/json": components["schemas"]["BroadcastRecipientList"];
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
    listBroadcastClickedLinks: {
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
                 * @description The broadcast's ID.
                 * @example 559ac32e-9ef5-46fb-82a1-b76b840c0f7b
                 */
                broadcast_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of links. */
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
                    "application/json": components["schemas"]["BroadcastClickedLinkList"];
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
    listSuppressions: {
        parameters: {
            query?: {
                /**
                 * @description Only return entries added for this reason.
                 * @example bounce
                 */
                origin?: components["schemas"]["SuppressionOrigin"];
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
            /** @description A page of suppressions. */
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
                    "application/json": components["schemas"]["SuppressionList"];
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
    addSuppression: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddSuppressionRequest"];
            };
        };
        responses: {
            /** @description The address was added. */
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
                    "application/json": components["schemas"]["AddSuppressionResponse"];
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
    batchAddSuppressions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchAddSuppressionsRequest"];
            };
        };
        responses: {
            /** @description The addresses were added, in request order. */
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
                    "application/json": components["schemas"]["BatchAddSuppressionsResponse"];
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
    batchRemoveSuppressions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchRemoveSuppressionsRequest"];
            };
        };
        responses: {
            /** @description The entries were removed. */
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
                    "application/json": components["schemas"]["BatchRemoveSuppressionsResponse"];
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
    getSuppression: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The suppression's ID or the suppressed email address (ID or email).
                 * @example ada@example.com
                 */
                suppression: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suppression. */
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
                    "application/json": components["schemas"]["Suppression"];
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
    deleteSuppression: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The suppression's ID or the suppressed email address (ID or email).
                 * @example ada@example.com
                 */
                suppression: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry was removed. */
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
                    "application/json": components["schemas"]["DeleteSuppressionResponse"];
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
    listWebhooks: {
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
            /** @description A page of webhooks. */
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
                    "application/json": components["schemas"]["WebhookList"];
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
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook was created. */
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
                    "application/json": components["schemas"]["CreateWebhookResponse"];
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
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
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
                    "application/json": components["schemas"]["Webhook"];
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
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. */
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
                    "application/json": components["schemas"]["DeleteWebhookResponse"];
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
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description The webhook was updated. */
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
                    "application/json": components["schemas"]["UpdateWebhookResponse"];
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
    listWebhookEvents: {
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
            };
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of delivered events. */
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
                    "application/json": components["schemas"]["WebhookEventList"];
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
    getWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
                /**
                 * @description The delivered event's message ID (`msg_…`, the same value as the `svix-id` header).
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
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
                    "application/json": components["schemas"]["WebhookEvent"];
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
    listWebhookEventAttempts: {
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
            };
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
                /**
                 * @description The delivered event's message ID (`msg_…`, the same value as the `svix-id` header).
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts. */
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
                    "application/json": components["schemas"]["WebhookEventAttemptList"];
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
    replayWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
                /**
                 * @description The delivered event's message ID (`msg_…`, the same value as the `svix-id` header).
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                event_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extra delivery was queued. */
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
                    "application/json": components["schemas"]["ReplayWebhookEventResponse"];
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
    rotateWebhookSigningSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's ID.
                 * @example 4dd369bc-aa82-4ff3-97de-514ae3000ee0
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
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
                    "application/json": components["schemas"]["RotateWebhookSigningSecretResponse"];
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
    listLogs: {
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
            /** @description A page of request logs. */
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
                    "application/json": components["schemas"]["LogList"];
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
    getLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The log entry's ID.
                 * @example 37e4414c-5e25-4dbc-a071-43552a4bd53b
                 */
                log_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log entry. */
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
                    "application/json": components["schemas"]["Log"];
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
    listAutomations: {
        parameters: {
            query?: {
                /**
                 * @description Only return automations in this state.
                 * @example enabled
                 */
                status?: components["schemas"]["AutomationStatus"];
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
            /** @description A page of automations. */
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
                    "application/json": components["schemas"]["AutomationList"];
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
    createAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAutomationRequest"];
            };
        };
        responses: {
            /** @description The automation was created. */
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
                    "application/json": components["schemas"]["CreateAutomationResponse"];
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
    getAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The automation. */
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
                    "application/json": components["schemas"]["Automation"];
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
    deleteAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The automation was deleted. */
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
                    "application/json": components["schemas"]["DeleteAutomationResponse"];
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
    updateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAutomationRequest"];
            };
        };
        responses: {
            /** @description The automation was updated. */
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
                    "application/json": components["schemas"]["UpdateAutomationResponse"];
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
    duplicateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copy was created. */
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
                    "application/json": components["schemas"]["DuplicateAutomationResponse"];
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
    stopAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The automation was stopped. */
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
                    "application/json": components["schemas"]["StopAutomationResponse"];
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
    listAutomationRuns: {
        parameters: {
            query?: {
                /**
                 * @description Only return runs in these states, as a comma-separated list.
                 * @example [
                 *       "running",
                 *       "failed"
                 *     ]
                 */
                status?: components["schemas"]["AutomationRunStatus"][];
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
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
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
                    "application/json": components["schemas"]["AutomationRunList"];
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
    getAutomationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The automation's ID.
                 * @example c9b3f6d2-8e1a-4b7c-9d2e-5f4a3b2c1d0e
                 */
                automation_id: string;
                /**
                 * @description The run's ID.
                 * @example 1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6
                 */
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
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
                    "application/json": components["schemas"]["AutomationRun"];
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
    listEvents: {
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
            /** @description A page of event definitions. */
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
                    "application/json": components["schemas"]["CustomEventList"];
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
    createEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventRequest"];
            };
        };
        responses: {
            /** @description The event was defined. */
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
                    "application/json": components["schemas"]["CreateEventResponse"];
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
    sendEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendEventRequest"];
            };
        };
        responses: {
            /** @description The event was accepted for processing. */
            202: {
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
                    "application/json": components["schemas"]["SendEventResponse"];
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
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's ID or its name (ID or name).
                 * @example user.signed_up
                 */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event definition. */
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
                    "application/json": components["schemas"]["CustomEvent"];
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
    deleteEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's ID or its name (ID or name).
                 * @example user.signed_up
                 */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event was deleted. */
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
                    "application/json": components["schemas"]["DeleteEventResponse"];
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
    updateEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's ID or its name (ID or name).
                 * @example user.signed_up
                 */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventRequest"];
            };
        };
        responses: {
            /** @description The event was updated. */
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
                    "application/json": components["schemas"]["UpdateEventResponse"];
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
    listInboxes: {
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
            /** @description A page of inboxes. */
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
                    "application/json": components["schemas"]["InboxList"];
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
    createInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInboxRequest"];
            };
        };
        responses: {
            /** @description The inbox was created. */
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
                    "application/json": components["schemas"]["Inbox"];
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
    getInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox. */
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
                    "application/json": components["schemas"]["Inbox"];
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
    deleteInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox was deleted. */
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
                    "application/json": components["schemas"]["DeleteInboxResponse"];
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
    updateInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxRequest"];
            };
        };
        responses: {
            /** @description The inbox was updated. */
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
                    "application/json": components["schemas"]["UpdateInboxResponse"];
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
    getInboxAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent settings. */
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
                    "application/json": components["schemas"]["InboxAgent"];
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
    updateInboxAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxAgentRequest"];
            };
        };
        responses: {
            /** @description The agent settings were updated. */
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
                    "application/json": components["schemas"]["UpdateInboxAgentResponse"];
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
    listInboxThreads: {
        parameters: {
            query?: {
                /**
                 * @description Folders to include, as a comma-separated list; only `inbox` when absent.
                 * @example [
                 *       "inbox",
                 *       "archive"
                 *     ]
                 */
                folders?: components["schemas"]["InboxFolder"][];
                /**
                 * @description Only threads carrying these labels, as a comma-separated list of up to 50 label IDs.
                 * @example [
                 *       "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
                 *     ]
                 */
                labels?: string[];
                /**
                 * @description Only read (`true`) or unread (`false`) threads.
                 * @example false
                 */
                read?: boolean;
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
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of threads. */
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
                    "application/json": components["schemas"]["InboxThreadList"];
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
    searchInboxThreads: {
        parameters: {
            query?: {
                /**
                 * @description Words to find (at most 256 characters and 32 words); quote phrases, prefix a word with `-` to exclude it.
                 * @example invoice -draft
                 */
                query?: string;
                /**
                 * @description Sender addresses, comma-separated, at most 20.
                 * @example [
                 *       "ada@example.com"
                 *     ]
                 */
                from?: string[];
                /**
                 * @description Recipient addresses, comma-separated, at most 20.
                 * @example [
                 *       "ada@example.com"
                 *     ]
                 */
                to?: string[];
                /**
                 * @description CC addresses, comma-separated, at most 20.
                 * @example [
                 *       "ada@example.com"
                 *     ]
                 */
                cc?: string[];
                /**
                 * @description BCC addresses, comma-separated, at most 20.
                 * @example [
                 *       "ada@example.com"
                 *     ]
                 */
                bcc?: string[];
                /**
                 * @description Only threads with (`true`) or without (`false`) attachments.
                 * @example true
                 */
                has_attachment?: boolean;
                /**
                 * @description Only threads with mail on or after this ISO 8601 date or date-time.
                 * @example 2026-04-01
                 */
                start_date?: string;
                /**
                 * @description Only threads with mail on or before this ISO 8601 date or date-time.
                 * @example 2026-04-30
                 */
                end_date?: string;
                /**
                 * @description Only threads in these folders, as a comma-separated list.
                 * @example [
                 *       "inbox",
                 *       "archive"
                 *     ]
                 */
                folders?: components["schemas"]["InboxFolder"][];
                /**
                 * @description Only threads carrying these labels, as a comma-separated list of up to 50 label IDs.
                 * @example [
                 *       "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e"
                 *     ]
                 */
                labels?: string[];
                /**
                 * @description Only read (`true`) or unread (`false`) threads.
                 * @example false
                 */
                read?: boolean;
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
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of matching threads. */
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
                    "application/json": components["schemas"]["InboxThreadSearchList"];
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
    getInboxThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread. */
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
                    "application/json": components["schemas"]["InboxThread"];
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
    deleteInboxThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread was moved to the trash. */
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
                    "application/json": components["schemas"]["DeleteInboxThreadResponse"];
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
    updateInboxThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxThreadRequest"];
            };
        };
        responses: {
            /** @description The updated thread. */
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
                    "application/json": components["schemas"]["InboxThread"];
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
    listInboxThreadEmails: {
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
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
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
                    "application/json": components["schemas"]["InboxMessageList"];
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
    getInboxThreadEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The ID of an email in the thread.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
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
                    "application/json": components["schemas"]["InboxMessage"];
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
    replyToInboxEmail: {
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
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The ID of an email in the thread.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyInboxEmailRequest"];
            };
        };
        responses: {
            /** @description The reply was sent and added to the thread. */
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
                    "application/json": components["schemas"]["InboxSentMessage"];
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
    forwardInboxEmail: {
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
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The ID of an email in the thread.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                email_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardInboxEmailRequest"];
            };
        };
        responses: {
            /** @description The email was forwarded and the copy added to the thread. */
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
                    "application/json": components["schemas"]["InboxSentMessage"];
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
    listInboxDrafts: {
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
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of drafts. */
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
                    "application/json": components["schemas"]["InboxDraftList"];
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
    createInboxDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInboxDraftRequest"];
            };
        };
        responses: {
            /** @description A reply draft for that email already existed and is returned instead. */
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
                    "application/json": components["schemas"]["InboxDraft"];
                };
            };
            /** @description A new draft was created. */
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
                    "application/json": components["schemas"]["InboxDraft"];
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
    getInboxDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The draft's ID.
                 * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                 */
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
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
                    "application/json": components["schemas"]["InboxDraft"];
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
    deleteInboxDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The draft's ID.
                 * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                 */
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft was deleted. */
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
                    "application/json": components["schemas"]["DeleteInboxDraftResponse"];
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
    updateInboxDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The draft's ID.
                 * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                 */
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxDraftRequest"];
            };
        };
        responses: {
            /** @description The updated draft. */
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
                    "application/json": components["schemas"]["InboxDraft"];
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
    sendInboxDraft: {
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
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The draft's ID.
                 * @example 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b
                 */
                draft_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft was sent. */
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
                    "application/json": components["schemas"]["SendInboxDraftResponse"];
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
    listInboxLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All labels. */
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
                    "application/json": components["schemas"]["InboxLabelList"];
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
    createInboxLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInboxLabelRequest"];
            };
        };
        responses: {
            /** @description The label was created. */
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
                    "application/json": components["schemas"]["InboxLabel"];
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
    deleteInboxLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The label's ID.
                 * @example 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
                 */
                label_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label was deleted. */
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
                    "application/json": components["schemas"]["DeleteInboxLabelResponse"];
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
    updateInboxLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The label's ID.
                 * @example 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
                 */
                label_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInboxLabelRequest"];
            };
        };
        responses: {
            /** @description The label was updated. */
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
                    "application/json": components["schemas"]["UpdateInboxLabelResponse"];
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
    setInboxThreadLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadLabelsRequest"];
            };
        };
        responses: {
            /** @description The thread's labels after the change. */
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
                    "application/json": components["schemas"]["InboxThreadLabelList"];
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
    addInboxThreadLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadLabelsRequest"];
            };
        };
        responses: {
            /** @description The thread's labels after the change. */
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
                    "application/json": components["schemas"]["InboxThreadLabelList"];
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
    removeInboxThreadLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox's ID or its email address (ID or address).
                 * @example 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
                 */
                inbox_id: string;
                /**
                 * @description The thread's ID.
                 * @example 0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d
                 */
                thread_id: string;
                /**
                 * @description The label's ID.
                 * @example 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
                 */
                label_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread's labels after the change. */
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
                    "application/json": components["schemas"]["InboxThreadLabelList"];
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
    getUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage snapshot. */
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
                    "application/json": components["schemas"]["Usage"];
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
    emailSentEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailSentEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailDeliveredEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDeliveredEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailDeliveryDelayedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDeliveryDelayedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailBouncedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailBouncedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailComplainedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailComplainedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailOpenedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailOpenedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailClickedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailClickedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailFailedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailFailedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailScheduledEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailScheduledEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailSuppressedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailSuppressedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    emailReceivedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailReceivedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    contactCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    contactUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    contactDeletedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDeletedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    contactTopicsUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactTopicsUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    domainCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCreatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    domainUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    domainDeletedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainDeletedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    suppressionAddedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuppressionAddedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    suppressionRemovedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuppressionRemovedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    topicCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicCreatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    topicUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    topicDeletedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicDeletedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxCreatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxDeletedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxDeletedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxThreadCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadCreatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxThreadFolderUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadFolderUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxThreadAssignedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadAssignedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxThreadUnassignedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadUnassignedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxThreadLabelsUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxThreadLabelsUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxEmailReceivedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxEmailReceivedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxEmailSentEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxEmailSentEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxDraftCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxDraftCreatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxDraftUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxDraftUpdatedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxDraftSentEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxDraftSentEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inboxDraftDeletedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The delivery's message ID (`msg_…`). It stays the same across retries of one event, so use it
                 *     to drop duplicates. Part of the signed content.
                 * @example msg_2yZ8Kq1sN4bW7cT0vXe3RfGh
                 */
                "svix-id": components["parameters"]["SvixId"];
                /**
                 * @description When the delivery was signed, in Unix seconds. Part of the signed content; reject deliveries
                 *     whose timestamp is far from the current time to block replays.
                 * @example 1775254425
                 */
                "svix-timestamp": components["parameters"]["SvixTimestamp"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>`, computed with the webhook's
                 *     signing secret over `<svix-id>.<svix-timestamp>.<raw body>`. During a secret rotation there is
                 *     one per valid secret; accept the delivery if any of them matches.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "svix-signature": components["parameters"]["SvixSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboxDraftDeletedEvent"];
            };
        };
        responses: {
            /**
             * @description Any 2xx status acknowledges the event. Any other status, or no answer in time, counts as a
             *     failure: Resend retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h, each counted from
             *     the previous failure, before marking the delivery failed.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
