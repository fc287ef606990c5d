/**
 * GENERATED: do not edit. The API's request and answer types, from the OpenAPI document the server builds out
 * of its TypeBox route schemas (server/modules/<area>/<area>.schemas.ts), by `npm run api:types`
 * (scripts/generate-api-types.sh, openapi-typescript). CI fails when this file differs from a fresh run
 * (scripts/check-api-types.sh). Import what you need through web/src/lib/types.ts.
 */

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; answers a bearer token and sets an httpOnly session cookie */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade the refresh token (body, or the refresh cookie) for a new access token and a new refresh token */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session (the token stops working) */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the states they can see */
        get: operations["getSignedInUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the sign-in page may offer to sign in (no sign-in needed) */
        get: operations["getSignInOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coaching calls in your states, newest first */
        get: operations["listCalls"];
        put?: never;
        /** Log or schedule a call (staff, or the paired coach) */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call with its action items */
        get: operations["getCall"];
        put?: never;
        post?: never;
        /** Delete a call and its action items */
        delete: operations["deleteCall"];
        options?: never;
        head?: never;
        /** Edit a call; send the version you read */
        patch: operations["updateCall"];
        trace?: never;
    };
    "/api/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cross-state progress for a program year (default: the current one), limited to your states */
        get: operations["getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail, newest first (staff only) */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/program-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Program years, newest first (every signed-in role) */
        get: operations["listProgramYears"];
        put?: never;
        /** Set up a program year (staff); a year starting 1 August without activities gets the kick-off deck's timeline */
        post: operations["createProgramYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/program-years/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One program year with its timeline activities in date order */
        get: operations["getProgramYear"];
        put?: never;
        post?: never;
        /** Delete a program year with no participating states (staff) */
        delete: operations["deleteProgramYear"];
        options?: never;
        head?: never;
        /** Rename or move a program year (staff); it may not shrink past its records */
        patch: operations["updateProgramYear"];
        trace?: never;
    };
    "/api/program-years/{id}/rollover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview starting the next year from this one (staff): its dates, timeline, events, states, pairings and teams; 409 if it exists */
        get: operations["previewProgramYearRollover"];
        put?: never;
        /** Start the next year from this one (staff): timeline shifted a year, pairings and teams copied for review, plans left behind */
        post: operations["rollOverProgramYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/program-years/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an activity to a year's timeline (staff) */
        post: operations["createProgramYearActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/timeline-activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One timeline activity */
        get: operations["getTimelineActivity"];
        put?: never;
        post?: never;
        /** Remove a timeline activity (staff) */
        delete: operations["deleteTimelineActivity"];
        options?: never;
        head?: never;
        /** Edit a timeline activity (staff); send the version you read */
        patch: operations["updateTimelineActivity"];
        trace?: never;
    };
    "/api/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your states; with programYear, each one’s tier and current coaches that year */
        get: operations["listStates"];
        put?: never;
        /** Add a state (staff) */
        post: operations["createState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One state with its years, pairings and team members */
        get: operations["getState"];
        put?: never;
        post?: never;
        /** Delete a state that never took part and has no users (staff) */
        delete: operations["deleteState"];
        options?: never;
        head?: never;
        /** Rename a state or change its time zone (staff) */
        patch: operations["updateState"];
        trace?: never;
    };
    "/api/participations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which of your states take part in which years, and how */
        get: operations["listParticipations"];
        put?: never;
        /** Enrol a state in a program year (staff) */
        post: operations["createParticipation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/participations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One participation */
        get: operations["getParticipation"];
        put?: never;
        post?: never;
        /** Withdraw a state that has recorded nothing in the year (staff) */
        delete: operations["deleteParticipation"];
        options?: never;
        head?: never;
        /** Change a state's tier for the year (staff) */
        patch: operations["updateParticipation"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts you can see: staff all; a coach the TA side and their states’ users; a state user their state and its coaches */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (staff); state leads and members need a stateCode */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own account, with its version as ETag (every signed-in role) */
        get: operations["getMyAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your own name or password (the password needs currentPassword); send the version you read */
        patch: operations["updateMyAccount"];
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /** Deactivate an account and end its sessions (staff); rows are kept */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /** Edit an account (staff); a new password or deactivation ends its sessions */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coach–state pairings in your states */
        get: operations["listPairings"];
        put?: never;
        /** Pair a coach with a state for (part of) a year (staff); one coach at a time */
        post: operations["createPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pairing */
        get: operations["getPairing"];
        put?: never;
        post?: never;
        /** Delete a pairing (staff) */
        delete: operations["deletePairing"];
        options?: never;
        head?: never;
        /** Edit a pairing, e.g. set endsOn to hand over mid-year (staff) */
        patch: operations["updatePairing"];
        trace?: never;
    };
    "/api/team-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State team members in your states, leads first */
        get: operations["listTeamMembers"];
        put?: never;
        /** Add someone to a state's team for a year (staff) */
        post: operations["createTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team-members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One team member */
        get: operations["getTeamMember"];
        put?: never;
        post?: never;
        /** Remove a team member (staff) */
        delete: operations["deleteTeamMember"];
        options?: never;
        head?: never;
        /** Edit a team member (staff) */
        patch: operations["updateTeamMember"];
        trace?: never;
    };
    "/api/site-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Site visits in your states, by first day (undated proposals last) */
        get: operations["listSiteVisits"];
        put?: never;
        /** Propose, schedule or write up a site visit with its follow-ups (staff, or the paired coach) */
        post: operations["createSiteVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site-visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site visit with its follow-ups */
        get: operations["getSiteVisit"];
        put?: never;
        post?: never;
        /** Delete a site visit and its follow-ups */
        delete: operations["deleteSiteVisit"];
        options?: never;
        head?: never;
        /** Edit a site visit; send the version you read */
        patch: operations["updateSiteVisit"];
        trace?: never;
    };
    "/api/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Next steps from calls and site visits in your states, soonest due first */
        get: operations["listActionItems"];
        put?: never;
        /** Add an action item to a call or a site visit (staff, or the paired coach) */
        post: operations["createActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/action-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One action item with its parent call or visit */
        get: operations["getActionItem"];
        put?: never;
        post?: never;
        /** Delete an action item */
        delete: operations["deleteActionItem"];
        options?: never;
        head?: never;
        /** Edit an action item or mark it done; send the version you read */
        patch: operations["updateActionItem"];
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kick-off, regional meetings and webinars in date order, with attendance of your states (every signed-in role) */
        get: operations["listEvents"];
        put?: never;
        /** Add an event to a program year (staff) */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with attendance of your states */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /** Delete an event and its attendance (staff) */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /** Edit an event (staff); send the version you read */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/api/events/{id}/attendance/{stateCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One state's attendance at an event, with its version as ETag */
        get: operations["getEventAttendance"];
        /**
         * Record a state's attendance at an event (staff, or the state's coach); replaces an earlier answer
         * @description The first answer for a state needs no version (two first answers at once: the second is 412). Changing a recorded answer needs the version you read (If-Match or `version`): 428 without it, 412 with `current` when it is stale. `If-Match: *` replaces whatever is recorded.
         */
        put: operations["setEventAttendance"];
        post?: never;
        /** Remove a state's attendance record (staff, or the state's coach) */
        delete: operations["deleteEventAttendance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentoring-pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Peer-mentoring pairs with at least one of your states */
        get: operations["listMentoringPairs"];
        put?: never;
        /** Pair two states for peer mentoring in a year (staff) */
        post: operations["createMentoringPair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentoring-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested pairs from the baseline assessments: one state established where the other marked a priority (staff) */
        get: operations["listMentoringSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentoring-pairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mentoring pair with its exchanges in date order */
        get: operations["getMentoringPair"];
        put?: never;
        post?: never;
        /** Delete a mentoring pair and its exchanges (staff) */
        delete: operations["deleteMentoringPair"];
        options?: never;
        head?: never;
        /** Change a pair's focus (staff); send the version you read */
        patch: operations["updateMentoringPair"];
        trace?: never;
    };
    "/api/mentoring-pairs/{id}/exchanges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log an exchange between the two states (staff, or a coach of either state) */
        post: operations["createMentoringPairExchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentoring-exchanges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a logged exchange (staff, or a coach of either state) */
        delete: operations["deleteMentoringExchange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness-assessment instruments, by name and newest revision first */
        get: operations["listInstruments"];
        put?: never;
        /** Add an instrument, or a new revision of one, with its domains and indicators (staff) */
        post: operations["createInstrument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One instrument with its domains and indicators in order */
        get: operations["getInstrument"];
        put?: never;
        post?: never;
        /** Delete an instrument no assessment uses (staff) */
        delete: operations["deleteInstrument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness assessments in your states, with average ratings per domain */
        get: operations["listAssessments"];
        put?: never;
        /** Start a baseline or a reassessment (staff, the paired coach, or the state lead) */
        post: operations["createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Baseline beside reassessment for a state and year: average per domain and the change */
        get: operations["getAssessmentGrowth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assessment with its instrument’s domains and indicators, the responses and the scores per domain */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        /** Delete an assessment and its responses (staff) */
        delete: operations["deleteAssessment"];
        options?: never;
        head?: never;
        /** Complete or reopen an assessment, or change its dates; send the version you read */
        patch: operations["updateAssessment"];
        trace?: never;
    };
    "/api/assessments/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rate indicators (1–4) with evidence and a priority flag; inserts or updates each response; send the assessment’s version you read
         * @description The assessment’s version guards its responses: every save of responses moves it on, so a stale one answers 412 with the assessment as it is now.
         */
        put: operations["rateAssessmentIndicators"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Project plans in your states, with goal and milestone counts and percent complete */
        get: operations["listPlans"];
        put?: never;
        /** Start a state’s plan for a year (staff or the state lead) */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole plan: goals, their milestones with history, and comments */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        /** Delete a plan with its goals, milestones and comments (staff) */
        delete: operations["deletePlan"];
        options?: never;
        head?: never;
        /** Edit the plan’s title or vision; send the version you read */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/api/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One goal of a plan */
        get: operations["getGoal"];
        put?: never;
        post?: never;
        /** Delete a goal and its milestones (staff or the state lead) */
        delete: operations["deleteGoal"];
        options?: never;
        head?: never;
        /** Edit a goal; send the version you read */
        patch: operations["updateGoal"];
        trace?: never;
    };
    "/api/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a goal to a plan, tied to an assessment domain where it can be (staff or the state lead) */
        post: operations["createGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan milestones in your states by due day; filter by owner, status, due range or overdue */
        get: operations["listMilestones"];
        put?: never;
        /** Add a milestone to a goal (staff or the state lead) */
        post: operations["createMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One milestone with its update history, newest first */
        get: operations["getMilestone"];
        put?: never;
        post?: never;
        /** Delete a milestone and its history (staff or the state lead) */
        delete: operations["deleteMilestone"];
        options?: never;
        head?: never;
        /** Edit title, due day, owner or position; the status changes through /updates */
        patch: operations["updateMilestone"];
        trace?: never;
    };
    "/api/milestones/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a milestone’s status with a comment and evidence link (plan writers, or a state member who owns it) */
        post: operations["updateMilestoneStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a plan or one of its milestones (staff, the paired coach, or the state lead) */
        post: operations["createPlanComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment (its author, or staff) */
        delete: operations["deletePlanComment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have a calendar subscription URL */
        get: operations["getCalendarFeed"];
        put?: never;
        /** Create your private calendar subscription URL, replacing (and disabling) any earlier one; the URL is shown once */
        post: operations["createCalendarFeed"];
        /** Revoke your calendar subscription URL */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar subscription (no sign-in: the token in the URL is the credential); 404 once revoked */
        get: operations["getCalendarFeedFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call as an iCalendar file */
        get: operations["getCallCalendarFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/site-visits/{id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site visit as an iCalendar file */
        get: operations["getSiteVisitCalendarFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promising practices and resources; filter by domain key, state or words */
        get: operations["listPlaybookEntries"];
        put?: never;
        /** Add an entry to the playbook (staff) */
        post: operations["createPlaybookEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbook/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment domains entries are filed under */
        get: operations["listPlaybookDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbook/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One playbook entry */
        get: operations["getPlaybookEntry"];
        put?: never;
        post?: never;
        /** Remove an entry (staff); calls that shared it lose it */
        delete: operations["deletePlaybookEntry"];
        options?: never;
        head?: never;
        /** Edit an entry (staff); send the version you read */
        patch: operations["updatePlaybookEntry"];
        trace?: never;
    };
    "/api/calls/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Playbook entries shared on a call */
        get: operations["listCallResources"];
        put?: never;
        /** Share a playbook entry on a call (staff, or the paired coach); 200 when it was already shared */
        post: operations["createCallResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calls/{id}/resources/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop sharing a playbook entry on a call */
        delete: operations["deleteCallResource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states/{code}/playbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Playbook entries serving the priorities of the state’s baseline assessment that year */
        get: operations["listStatePlaybookEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/states/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A state's year-end report: assessment growth, engagement against the timeline, milestones (default: the current year) */
        get: operations["getStateReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/program-years/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year-end report across your states: headline figures per state, totals and growth by domain */
        get: operations["getProgramYearReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text search across notes, action items, plan comments and assessment evidence in your states, best match first */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/states/{code}/agenda-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A draft agenda for the state’s next call (before = its day): open action items, slipped milestones, uncovered priorities, upcoming activities */
        get: operations["getStateAgendaDraft"];
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
        Error: {
            statusCode: number;
            error: string;
            message: string;
        };
        /** Credentials */
        Credentials: {
            /** Format: email */
            email: string;
            password: string;
        };
        /** UserView */
        UserView: {
            id: string;
            email: string;
            name: string;
            role: "staff" | "coach" | "state_lead" | "state_member";
            stateCode: string | null;
            active: boolean;
        };
        /** LoginAnswer */
        LoginAnswer: {
            /** @description The access token (bearer); short-lived */
            token: string;
            /** @description When the access token expires */
            expiresAt: string;
            /** @description Trade it at POST /api/auth/refresh for a new access token (and a new refresh token) */
            refreshToken: string;
            /** @description When the session ends; sign in again after it */
            refreshExpiresAt: string;
            user: components["schemas"]["UserView"];
        };
        /** ErrorBody */
        ErrorBody: {
            statusCode: number;
            error: string;
            message: string;
        };
        /** RefreshBody */
        RefreshBody: {
            /** @description Without it, the refresh cookie is used */
            refreshToken?: string;
        };
        /** Me */
        Me: {
            user: components["schemas"]["UserView"];
            states: string[];
            allStates: boolean;
        };
        /** ActionItem */
        ActionItem: {
            id: string;
            stateCode: string;
            callId: string | null;
            siteVisitId: string | null;
            description: string;
            owner: string;
            dueOn: string | null;
            done: boolean;
            version: number;
        };
        /** Call */
        Call: {
            id: string;
            programYearId: string;
            stateCode: string;
            coachId: string | null;
            coachName: string | null;
            /** @description planning: with the state team lead; full_team: progress, challenges and next steps */
            kind: "planning" | "full_team";
            status: "scheduled" | "held" | "cancelled";
            date: string;
            startTime: string | null;
            durationMinutes: number | null;
            attendees: string[];
            agenda: string;
            notes: string;
            coachNotes?: string;
            progress: string;
            challenges: string;
            resourcesShared: string;
            smeRequests: string;
            actionItems: components["schemas"]["ActionItem"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** CallList */
        CallList: {
            items: components["schemas"]["Call"][];
            total: number;
        };
        /** ActionItemInput */
        ActionItemInput: {
            description: string;
            owner?: string;
            dueOn?: string | null;
            done?: boolean;
        };
        /** CallCreate */
        CallCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            /** @description planning: with the state team lead; full_team: progress, challenges and next steps */
            kind: "planning" | "full_team";
            status: "scheduled" | "held" | "cancelled";
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            date: string;
            startTime?: string | null;
            durationMinutes?: number | null;
            attendees?: string[];
            agenda?: string;
            notes?: string;
            coachNotes?: string;
            progress?: string;
            challenges?: string;
            resourcesShared?: string;
            smeRequests?: string;
            actionItems?: components["schemas"]["ActionItemInput"][];
        };
        /** CallUpdate */
        CallUpdate: {
            /** @description planning: with the state team lead; full_team: progress, challenges and next steps */
            kind?: "planning" | "full_team";
            status?: "scheduled" | "held" | "cancelled";
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            date?: string;
            startTime?: string | null;
            durationMinutes?: number | null;
            attendees?: string[];
            agenda?: string;
            notes?: string;
            coachNotes?: string;
            progress?: string;
            challenges?: string;
            resourcesShared?: string;
            smeRequests?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /**
         * ActivityKind
         * @description Which of the timeline rules this activity drives
         */
        ActivityKind: "kickoff" | "first_call" | "assessment" | "plan" | "regional_meeting" | "monthly_calls" | "peer_mentoring" | "site_visits" | "webinars" | "reassessment" | "other";
        /**
         * Tier
         * @description intensive: coached; light_touch: networking only
         */
        Tier: "intensive" | "light_touch";
        /**
         * VisitStatus
         * @description scheduled and completed visits need startsOn; a completed visit cannot start in the future
         */
        VisitStatus: "proposed" | "scheduled" | "completed" | "cancelled";
        /** ProgressView */
        ProgressView: {
            programYear: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
            };
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            today: string;
            months: {
                key: string;
                label: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
            }[];
            activities: {
                id: string;
                kind: components["schemas"]["ActivityKind"];
                title: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
                dueOn: string | null;
                requiredCount: number;
            }[];
            states: {
                stateCode: string;
                stateName: string;
                tier: components["schemas"]["Tier"];
                coaches: {
                    id: string;
                    name: string;
                }[];
                months: {
                    /** @description yyyy-MM */
                    month: string;
                    callRequired: boolean;
                    /** @description held: a call was held; missed: the month passed without one; due: this month, none yet */
                    callStatus: "held" | "scheduled" | "missed" | "due" | "upcoming" | "not_required";
                    heldCalls: number;
                    scheduledCalls: number;
                    visits: {
                        number: number;
                        status: components["schemas"]["VisitStatus"];
                    }[];
                    checkpoints: {
                        kind: string;
                        status: "met" | "met_late" | "pending" | "overdue";
                    }[];
                    coachId: string | null;
                }[];
                checkpoints: {
                    kind: string;
                    title: string;
                    dueOn: string;
                    status: "met" | "met_late" | "pending" | "overdue";
                    metOn: string | null;
                    done: number;
                    required: number;
                }[];
                milestones: {
                    total: number;
                    completed: number;
                    inProgress: number;
                    atRisk: number;
                    deferred: number;
                    overdue: number;
                    percentComplete: number;
                };
                actionItems: {
                    open: number;
                    /** @description Not done and due before today in the state’s calendar */
                    overdue: number;
                };
                missedMonths: number;
                lastContactOn: string | null;
                daysSinceContact: number | null;
                health: "on_track" | "needs_attention" | "behind";
                reasons: string[];
            }[];
            summary: {
                onTrack: number;
                needsAttention: number;
                behind: number;
            };
        };
        /** Year */
        Year: {
            id: string;
            name: string;
            startsOn: string;
            endsOn: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** YearList */
        YearList: {
            items: components["schemas"]["Year"][];
            total: number;
        };
        /** ActivityCreate */
        ActivityCreate: {
            kind: components["schemas"]["ActivityKind"];
            title: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startsOn: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            endsOn: string;
            dueOn?: string | null;
            /** @description Completions the rule asks for (2 site visits) */
            requiredCount?: number;
            /** @description Order among activities that start on the same day */
            position?: number;
        };
        /** YearCreate */
        YearCreate: {
            name: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startsOn: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            endsOn: string;
            /** @description The year's timeline; when omitted and the year starts on 1 August, the kick-off deck's timeline */
            activities?: components["schemas"]["ActivityCreate"][];
        };
        /** Activity */
        Activity: {
            id: string;
            programYearId: string;
            kind: components["schemas"]["ActivityKind"];
            title: string;
            startsOn: string;
            endsOn: string;
            dueOn: string | null;
            requiredCount: number;
            position: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** YearDetail */
        YearDetail: {
            id: string;
            name: string;
            startsOn: string;
            endsOn: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            activities: components["schemas"]["Activity"][];
        };
        /** YearUpdate */
        YearUpdate: {
            name?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startsOn?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            endsOn?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** RolloverPreview */
        RolloverPreview: {
            from: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
            };
            year: {
                name: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
            };
            activities: {
                kind: components["schemas"]["ActivityKind"];
                title: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
                dueOn: string | null;
                requiredCount: number;
                position: number;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                previousStartsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                previousEndsOn: string;
            }[];
            events: {
                kind: "kickoff" | "regional_meeting" | "webinar" | "other";
                title: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                date: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                previousDate: string;
                startTime: string | null;
                durationMinutes: number | null;
                location: string;
                virtual: boolean;
                description: string;
            }[];
            participations: {
                stateCode: string;
                tier: "intensive" | "light_touch";
            }[];
            pairings: {
                stateCode: string;
                coachId: string;
                coachName: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
            }[];
            teamMembers: {
                stateCode: string;
                userId: string | null;
                name: string;
                email: string | null;
                title: string | null;
                isLead: boolean;
            }[];
            /** @description Plans that stay with the current year, with their final status */
            plansLeftBehind: number;
        };
        /** RolloverInput */
        RolloverInput: {
            /** @description The new year's name; by default the current one with its years moved on (2026–27 → 2027–28) */
            name?: string;
        };
        /** ActivityUpdate */
        ActivityUpdate: {
            /** @description Which of the timeline rules this activity drives */
            kind?: "kickoff" | "first_call" | "assessment" | "plan" | "regional_meeting" | "monthly_calls" | "peer_mentoring" | "site_visits" | "webinars" | "reassessment" | "other";
            title?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startsOn?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            endsOn?: string;
            dueOn?: string | null;
            /** @description Completions the rule asks for (2 site visits) */
            requiredCount?: number;
            /** @description Order among activities that start on the same day */
            position?: number;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** PersonRef */
        PersonRef: {
            id: string;
            name: string;
        };
        /** StateSummary */
        StateSummary: {
            code: string;
            name: string;
            timeZone: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            tier?: components["schemas"]["Tier"] | null;
            coaches?: components["schemas"]["PersonRef"][];
        };
        /** StateList */
        StateList: {
            items: components["schemas"]["StateSummary"][];
            total: number;
        };
        /** StateCreate */
        StateCreate: {
            /** @description Two-letter postal code */
            code: string;
            name: string;
            /** @description IANA time zone (America/Chicago) */
            timeZone?: string;
        };
        /** State */
        State: {
            code: string;
            name: string;
            timeZone: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** TeamMember */
        TeamMember: {
            id: string;
            programYearId: string;
            stateCode: string;
            userId: string | null;
            name: string;
            email: string | null;
            title: string | null;
            isLead: boolean;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** StateDetail */
        StateDetail: {
            code: string;
            name: string;
            timeZone: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            participations: {
                id: string;
                programYearId: string;
                programYearName: string;
                startsOn: string;
                endsOn: string;
                tier: components["schemas"]["Tier"];
                /** @description The state's project plan for the year (GET /api/plans/:id), null until one is started */
                planId: string | null;
            }[];
            pairings: {
                id: string;
                programYearId: string;
                coachId: string;
                coachName: string;
                startsOn: string;
                endsOn: string | null;
            }[];
            teamMembers: components["schemas"]["TeamMember"][];
        };
        /** StateUpdate */
        StateUpdate: {
            name?: string;
            /** @description IANA time zone (America/Chicago) */
            timeZone?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** Participation */
        Participation: {
            id: string;
            programYearId: string;
            programYearName: string;
            /** @description The year's first day */
            startsOn: string;
            /** @description The year's last day */
            endsOn: string;
            stateCode: string;
            stateName: string;
            tier: components["schemas"]["Tier"];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** ParticipationList */
        ParticipationList: {
            items: components["schemas"]["Participation"][];
            total: number;
        };
        /** ParticipationCreate */
        ParticipationCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            tier: components["schemas"]["Tier"];
        };
        /** ParticipationUpdate */
        ParticipationUpdate: {
            tier: components["schemas"]["Tier"];
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** Role */
        Role: "staff" | "coach" | "state_lead" | "state_member";
        /** User */
        User: {
            id: string;
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            stateCode: string | null;
            active: boolean;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** UserList */
        UserList: {
            items: components["schemas"]["User"][];
            total: number;
        };
        /** UserCreate */
        UserCreate: {
            /** Format: email */
            email: string;
            name: string;
            role: components["schemas"]["Role"];
            stateCode?: string | null;
            /** @description 12 to 256 characters; not a common password, and not the email address or the name */
            password: string;
        };
        /** MyUpdate */
        MyUpdate: {
            name?: string;
            /** @description 12 to 256 characters; not a common password, and not the email address or the name */
            password?: string;
            /** @description Required to change the password */
            currentPassword?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** UserUpdate */
        UserUpdate: {
            /** Format: email */
            email?: string;
            name?: string;
            role?: "staff" | "coach" | "state_lead" | "state_member";
            stateCode?: string | null;
            active?: boolean;
            /** @description 12 to 256 characters; not a common password, and not the email address or the name */
            password?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** Pairing */
        Pairing: {
            id: string;
            programYearId: string;
            stateCode: string;
            coachId: string;
            coachName: string;
            startsOn: string;
            endsOn: string | null;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** PairingList */
        PairingList: {
            items: components["schemas"]["Pairing"][];
            total: number;
        };
        /** PairingCreate */
        PairingCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            coachId: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startsOn: string;
            endsOn?: string | null;
        };
        /** PairingUpdate */
        PairingUpdate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            coachId?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startsOn?: string;
            endsOn?: string | null;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** TeamMemberList */
        TeamMemberList: {
            items: components["schemas"]["TeamMember"][];
            total: number;
        };
        /** TeamMemberCreate */
        TeamMemberCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            name: string;
            email?: string | null;
            title?: string | null;
            isLead?: boolean;
            userId?: string | null;
        };
        /** TeamMemberUpdate */
        TeamMemberUpdate: {
            name?: string;
            email?: string | null;
            title?: string | null;
            isLead?: boolean;
            userId?: string | null;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** SiteVisit */
        SiteVisit: {
            id: string;
            programYearId: string;
            stateCode: string;
            coachId: string | null;
            coachName: string | null;
            number: number;
            status: components["schemas"]["VisitStatus"];
            startsOn: string | null;
            endsOn: string | null;
            location: string;
            purpose: string;
            participants: string[];
            summary: string;
            coachNotes?: string;
            followUps: components["schemas"]["ActionItem"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** SiteVisitList */
        SiteVisitList: {
            items: components["schemas"]["SiteVisit"][];
            total: number;
        };
        /** SiteVisitCreate */
        SiteVisitCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            /** @description First or second visit of the year */
            number: 1 | 2;
            status: components["schemas"]["VisitStatus"];
            startsOn?: string | null;
            endsOn?: string | null;
            location?: string;
            purpose?: string;
            participants?: string[];
            summary?: string;
            coachNotes?: string;
            /** @description Action items that follow from the visit */
            followUps?: components["schemas"]["ActionItemInput"][];
        };
        /** SiteVisitUpdate */
        SiteVisitUpdate: {
            /** @description First or second visit of the year */
            number?: 1 | 2;
            /** @description scheduled and completed visits need startsOn; a completed visit cannot start in the future */
            status?: "proposed" | "scheduled" | "completed" | "cancelled";
            startsOn?: string | null;
            endsOn?: string | null;
            location?: string;
            purpose?: string;
            participants?: string[];
            summary?: string;
            coachNotes?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** ActionItemView */
        ActionItemView: {
            id: string;
            stateCode: string;
            callId: string | null;
            siteVisitId: string | null;
            description: string;
            owner: string;
            dueOn: string | null;
            done: boolean;
            version: number;
            programYearId: string;
            parentKind: "call" | "site_visit";
            parentId: string;
            parentDate: string | null;
            /** @description Not done and due before today in the state’s calendar */
            overdue: boolean;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
        };
        /** ActionItemList */
        ActionItemList: {
            items: components["schemas"]["ActionItemView"][];
            total: number;
        };
        /**
         * ActionItemCreate
         * @description Send exactly one of callId and siteVisitId
         */
        ActionItemCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            callId?: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            siteVisitId?: string;
            description: string;
            owner?: string;
            dueOn?: string | null;
            done?: boolean;
        };
        /** ActionItemUpdate */
        ActionItemUpdate: {
            description?: string;
            owner?: string;
            dueOn?: string | null;
            done?: boolean;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** Attendance */
        Attendance: {
            eventId: string;
            stateCode: string;
            stateName: string;
            /** @description attended and absent are recorded once the event has taken place; excused at any time */
            status: "attended" | "absent" | "excused";
            attendees: number;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** Event */
        Event: {
            id: string;
            programYearId: string;
            kind: "kickoff" | "regional_meeting" | "webinar" | "other";
            title: string;
            date: string;
            startTime: string | null;
            durationMinutes: number | null;
            location: string;
            virtual: boolean;
            description: string;
            attendance: components["schemas"]["Attendance"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** EventList */
        EventList: {
            items: components["schemas"]["Event"][];
            total: number;
        };
        /** EventCreate */
        EventCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            kind: "kickoff" | "regional_meeting" | "webinar" | "other";
            title: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            date: string;
            startTime?: string | null;
            durationMinutes?: number | null;
            location?: string;
            virtual?: boolean;
            description?: string;
        };
        /** EventUpdate */
        EventUpdate: {
            kind?: "kickoff" | "regional_meeting" | "webinar" | "other";
            title?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            date?: string;
            startTime?: string | null;
            durationMinutes?: number | null;
            location?: string;
            virtual?: boolean;
            description?: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** AttendanceInput */
        AttendanceInput: {
            /** @description attended and absent are recorded once the event has taken place; excused at any time */
            status: "attended" | "absent" | "excused";
            /** @description People from the state who took part */
            attendees?: number;
            /** @description The version of the attendance you read, to change a recorded answer (or send If-Match); not needed to record the first */
            version?: number;
        };
        /** MentoringPair */
        MentoringPair: {
            id: string;
            programYearId: string;
            stateA: string;
            stateAName: string;
            stateB: string;
            stateBName: string;
            focus: string;
            exchangeCount: number;
            lastExchangeOn: string | null;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** MentoringPairList */
        MentoringPairList: {
            items: components["schemas"]["MentoringPair"][];
            total: number;
        };
        /**
         * MentoringPairCreate
         * @description Two different states taking part in the year, in either order
         */
        MentoringPairCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateA: string;
            /** @description Two-letter postal code */
            stateB: string;
            focus?: string;
        };
        /** Exchange */
        Exchange: {
            id: string;
            pairId: string;
            date: string;
            summary: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
        };
        /** MentoringPairDetail */
        MentoringPairDetail: {
            id: string;
            programYearId: string;
            stateA: string;
            stateAName: string;
            stateB: string;
            stateBName: string;
            focus: string;
            exchangeCount: number;
            lastExchangeOn: string | null;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            exchanges: components["schemas"]["Exchange"][];
        };
        /** MentoringSuggestion */
        MentoringSuggestion: {
            programYearId: string;
            stateA: string;
            stateAName: string;
            stateB: string;
            stateBName: string;
            focus: string;
            reasons: {
                mentor: string;
                mentee: string;
                domainKey: string;
                domainTitle: string;
                mentorAverage: number;
                menteeAverage: number | null;
                text: string;
            }[];
        };
        /** MentoringSuggestionList */
        MentoringSuggestionList: {
            items: components["schemas"]["MentoringSuggestion"][];
            total: number;
        };
        /** MentoringPairUpdate */
        MentoringPairUpdate: {
            focus: string;
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** ExchangeCreate */
        ExchangeCreate: {
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            date: string;
            summary: string;
        };
        /** InstrumentSummary */
        InstrumentSummary: {
            id: string;
            name: string;
            revision: number;
            description: string;
            domainCount: number;
            indicatorCount: number;
            assessmentCount: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** InstrumentList */
        InstrumentList: {
            items: components["schemas"]["InstrumentSummary"][];
            total: number;
        };
        /** IndicatorInput */
        IndicatorInput: {
            /** @description Stable key, unique within its parent */
            key: string;
            text: string;
        };
        /** DomainInput */
        DomainInput: {
            /** @description Stable key, unique within its parent */
            key: string;
            title: string;
            description?: string;
            indicators: components["schemas"]["IndicatorInput"][];
        };
        /** InstrumentCreate */
        InstrumentCreate: {
            name: string;
            /** @description Omit for the next revision of an instrument with this name (1 for a new one) */
            revision?: number;
            description?: string;
            domains: components["schemas"]["DomainInput"][];
        };
        /** Indicator */
        Indicator: {
            id: string;
            domainId: string;
            key: string;
            text: string;
            position: number;
        };
        /** Domain */
        Domain: {
            id: string;
            instrumentId: string;
            key: string;
            title: string;
            description: string;
            position: number;
            indicators: components["schemas"]["Indicator"][];
        };
        /** Instrument */
        Instrument: {
            id: string;
            name: string;
            revision: number;
            description: string;
            domainCount: number;
            indicatorCount: number;
            assessmentCount: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            domains: components["schemas"]["Domain"][];
        };
        /** DomainScore */
        DomainScore: {
            domainId: string;
            key: string;
            title: string;
            average: number | null;
            rated: number;
            indicators: number;
            /** @description Indicators flagged as a priority for development */
            priorities: number;
        };
        /** AssessmentSummary */
        AssessmentSummary: {
            id: string;
            programYearId: string;
            stateCode: string;
            instrumentId: string;
            instrumentName: string;
            instrumentRevision: number;
            /** @description baseline: in the fall; reassessment: at year end, compared with the baseline */
            kind: "baseline" | "reassessment";
            status: "in_progress" | "completed";
            startedOn: string;
            completedOn: string | null;
            indicatorCount: number;
            ratedCount: number;
            domainScores: components["schemas"]["DomainScore"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** AssessmentList */
        AssessmentList: {
            items: components["schemas"]["AssessmentSummary"][];
            total: number;
        };
        /** AssessmentCreate */
        AssessmentCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            /** @description baseline: in the fall; reassessment: at year end, compared with the baseline */
            kind: "baseline" | "reassessment";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            instrumentId?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startedOn: string;
        };
        /** AssessmentResponse */
        AssessmentResponse: {
            id: string;
            indicatorId: string;
            /** @description 1 not started, 2 emerging, 3 developing, 4 established */
            rating: number;
            evidence: string;
            priority: boolean;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
        };
        /** Assessment */
        Assessment: {
            id: string;
            programYearId: string;
            stateCode: string;
            instrumentId: string;
            instrumentName: string;
            instrumentRevision: number;
            /** @description baseline: in the fall; reassessment: at year end, compared with the baseline */
            kind: "baseline" | "reassessment";
            status: "in_progress" | "completed";
            startedOn: string;
            completedOn: string | null;
            indicatorCount: number;
            ratedCount: number;
            domainScores: components["schemas"]["DomainScore"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            domains: components["schemas"]["Domain"][];
            responses: components["schemas"]["AssessmentResponse"][];
        };
        /** Growth */
        Growth: {
            programYearId: string;
            stateCode: string;
            baseline: {
                id: string;
                status: "in_progress" | "completed";
                startedOn: string;
                completedOn: string | null;
                instrumentId: string;
            } | null;
            reassessment: {
                id: string;
                status: "in_progress" | "completed";
                startedOn: string;
                completedOn: string | null;
                instrumentId: string;
            } | null;
            domains: {
                key: string;
                title: string;
                baseline: number | null;
                reassessment: number | null;
                change: number | null;
            }[];
        };
        /** AssessmentUpdate */
        AssessmentUpdate: {
            status?: "in_progress" | "completed";
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            startedOn?: string;
            completedOn?: string | null;
            /** @description The version you read; a stale one answers 409 */
            version?: number;
        };
        /** ResponsesInput */
        ResponsesInput: {
            responses: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                indicatorId: string;
                /** @description 1 not started, 2 emerging, 3 developing, 4 established */
                rating: number;
                evidence?: string;
                priority?: boolean;
            }[];
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** PlanSummary */
        PlanSummary: {
            id: string;
            programYearId: string;
            stateCode: string;
            title: string;
            vision: string;
            goalCount: number;
            milestoneCount: number;
            completedCount: number;
            overdueCount: number;
            /** @description Completed milestones as a share of those not deferred */
            percentComplete: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** PlanList */
        PlanList: {
            items: components["schemas"]["PlanSummary"][];
            total: number;
        };
        /** PlanCreate */
        PlanCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            programYearId: string;
            /** @description Two-letter postal code */
            stateCode: string;
            title: string;
            vision?: string;
        };
        /**
         * MilestoneStatus
         * @description Changed only through POST /api/milestones/:id/updates, which keeps the history
         */
        MilestoneStatus: "not_started" | "in_progress" | "completed" | "at_risk" | "deferred";
        /** MilestoneUpdateEntry */
        MilestoneUpdateEntry: {
            id: string;
            milestoneId: string;
            authorId: string | null;
            authorName: string | null;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            oldStatus: components["schemas"]["MilestoneStatus"] | null;
            newStatus: components["schemas"]["MilestoneStatus"];
            comment: string;
            evidenceUrl: string | null;
        };
        /** PlanMilestone */
        PlanMilestone: {
            id: string;
            goalId: string;
            title: string;
            ownerId: string | null;
            ownerName: string;
            dueOn: string;
            status: components["schemas"]["MilestoneStatus"];
            completedOn: string | null;
            position: number;
            overdue: boolean;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            history: components["schemas"]["MilestoneUpdateEntry"][];
        };
        /** PlanGoal */
        PlanGoal: {
            id: string;
            planId: string;
            domainId: string | null;
            domainKey: string | null;
            domainTitle: string | null;
            title: string;
            description: string;
            position: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            milestones: components["schemas"]["PlanMilestone"][];
        };
        /** PlanComment */
        PlanComment: {
            id: string;
            planId: string;
            milestoneId: string | null;
            authorId: string | null;
            authorName: string | null;
            body: string;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
        };
        /** Plan */
        Plan: {
            id: string;
            programYearId: string;
            stateCode: string;
            title: string;
            vision: string;
            goalCount: number;
            milestoneCount: number;
            completedCount: number;
            overdueCount: number;
            /** @description Completed milestones as a share of those not deferred */
            percentComplete: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            goals: components["schemas"]["PlanGoal"][];
            comments: components["schemas"]["PlanComment"][];
        };
        /** PlanUpdate */
        PlanUpdate: {
            title?: string;
            vision?: string;
            /** @description The version you read; a stale one answers 409 */
            version?: number;
        };
        /** Goal */
        Goal: {
            id: string;
            planId: string;
            domainId: string | null;
            domainKey: string | null;
            domainTitle: string | null;
            title: string;
            description: string;
            position: number;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** GoalUpdate */
        GoalUpdate: {
            domainId?: string | null;
            title?: string;
            description?: string;
            /** @description Order within its parent; omitted, it goes last */
            position?: number;
            /** @description The version you read; a stale one answers 409 */
            version?: number;
        };
        /** GoalCreate */
        GoalCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            planId: string;
            domainId?: string | null;
            title: string;
            description?: string;
            /** @description Order within its parent; omitted, it goes last */
            position?: number;
        };
        /** MilestoneListItem */
        MilestoneListItem: {
            id: string;
            goalId: string;
            title: string;
            ownerId: string | null;
            ownerName: string;
            dueOn: string;
            status: components["schemas"]["MilestoneStatus"];
            completedOn: string | null;
            position: number;
            overdue: boolean;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            planId: string;
            programYearId: string;
            stateCode: string;
            goalTitle: string;
        };
        /** MilestoneList */
        MilestoneList: {
            items: components["schemas"]["MilestoneListItem"][];
            total: number;
        };
        /** MilestoneCreate */
        MilestoneCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            goalId: string;
            title: string;
            ownerId?: string | null;
            /** @description For an owner without an account; an owner with one is shown by their account name */
            ownerName?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            dueOn: string;
            /** @description Changed only through POST /api/milestones/:id/updates, which keeps the history */
            status?: "not_started" | "in_progress" | "completed" | "at_risk" | "deferred";
            /** @description Order within its parent; omitted, it goes last */
            position?: number;
        };
        /** Milestone */
        Milestone: {
            id: string;
            goalId: string;
            title: string;
            ownerId: string | null;
            ownerName: string;
            dueOn: string;
            status: components["schemas"]["MilestoneStatus"];
            completedOn: string | null;
            position: number;
            overdue: boolean;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            planId: string;
            programYearId: string;
            stateCode: string;
            goalTitle: string;
            history: components["schemas"]["MilestoneUpdateEntry"][];
        };
        /** MilestoneUpdate */
        MilestoneUpdate: {
            title?: string;
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            dueOn?: string;
            ownerId?: string | null;
            /** @description For an owner without an account; an owner with one is shown by their account name */
            ownerName?: string;
            /** @description Order within its parent; omitted, it goes last */
            position?: number;
            /** @description The version you read; a stale one answers 409 */
            version?: number;
        };
        /** StatusUpdateCreate */
        StatusUpdateCreate: {
            status: components["schemas"]["MilestoneStatus"];
            comment?: string;
            evidenceUrl?: string | null;
            /** @description The version you read; a stale one answers 409 */
            version?: number;
        };
        /** PlanCommentCreate */
        PlanCommentCreate: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            planId: string;
            milestoneId?: string | null;
            /** @description The comment, 1–5000 characters */
            body: string;
        };
        /** FeedStatus */
        FeedStatus: {
            /** @description Whether you have a live subscription URL */
            active: boolean;
            createdAt: string | null;
        };
        /** CreatedFeed */
        CreatedFeed: {
            /** @enum {boolean} */
            active: true;
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description The private subscription URL; shown only now, keep it like a password */
            url: string;
        };
        /** PlaybookDomain */
        PlaybookDomain: {
            key: string;
            title: string;
        };
        /** PlaybookEntry */
        PlaybookEntry: {
            id: string;
            title: string;
            stateCode: string | null;
            stateName: string | null;
            summary: string;
            url: string | null;
            domains: components["schemas"]["PlaybookDomain"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
        };
        /** PlaybookEntryList */
        PlaybookEntryList: {
            items: components["schemas"]["PlaybookEntry"][];
            total: number;
        };
        /** PlaybookEntryCreate */
        PlaybookEntryCreate: {
            title: string;
            stateCode?: string | null;
            summary?: string;
            url?: string | null;
            /** @description The assessment domains the entry serves, by key */
            domains?: string[];
        };
        /** PlaybookDomainList */
        PlaybookDomainList: {
            items: components["schemas"]["PlaybookDomain"][];
            total: number;
        };
        /** PlaybookEntryUpdate */
        PlaybookEntryUpdate: {
            title?: string;
            stateCode?: string | null;
            summary?: string;
            url?: string | null;
            /** @description The assessment domains the entry serves, by key */
            domains?: string[];
            /** @description The version you read; a stale one answers 412 (or send If-Match) */
            version?: number;
        };
        /** CallResourceAttach */
        CallResourceAttach: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            entryId: string;
        };
        /** PlaybookMatch */
        PlaybookMatch: {
            id: string;
            title: string;
            stateCode: string | null;
            stateName: string | null;
            summary: string;
            url: string | null;
            domains: components["schemas"]["PlaybookDomain"][];
            /** @description Instant, ISO 8601 with offset */
            createdAt: string;
            /** @description Instant, ISO 8601 with offset */
            updatedAt: string;
            version: number;
            /** @description Keys of the priority domains it serves */
            matchedDomains: string[];
        };
        /** StatePlaybook */
        StatePlaybook: {
            stateCode: string;
            assessmentId: string | null;
            priorities: components["schemas"]["PlaybookDomain"][];
            items: components["schemas"]["PlaybookMatch"][];
            total: number;
        };
        /** StateReport */
        StateReport: {
            programYear: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
            };
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            today: string;
            state: {
                code: string;
                name: string;
                tier: "intensive" | "light_touch";
                coaches: {
                    id: string;
                    name: string;
                }[];
            };
            health: "on_track" | "needs_attention" | "behind";
            figures: {
                callsHeld: number;
                /** @description Months of the call window with a held call */
                callMonthsMet: number;
                /** @description Months of the call window begun by today */
                callMonthsExpected: number;
                visitsCompleted: number;
                visitsRequired: number;
                eventsAttended: number;
                /** @description Events of the year held by today */
                eventsHeld: number;
                checkpointsOnTime: number;
                checkpointsLate: number;
                checkpointsOverdue: number;
                milestonesTotal: number;
                milestonesCompleted: number;
                milestonesCompletedOnTime: number;
                milestonesOverdue: number;
                baselineAverage: number | null;
                reassessmentAverage: number | null;
                growth: number | null;
            };
            /** @description The report in one line, built from its figures */
            summary: string;
            growth: {
                baselineCompletedOn: string | null;
                reassessmentCompletedOn: string | null;
                domains: {
                    key: string;
                    title: string;
                    baseline: number | null;
                    reassessment: number | null;
                    change: number | null;
                }[];
                overall: {
                    baseline: number | null;
                    reassessment: number | null;
                    change: number | null;
                    domainsCompared: number;
                };
            };
            engagement: {
                calls: {
                    held: number;
                    monthsMet: number;
                    monthsExpected: number;
                    monthsInWindow: number;
                    missedMonths: string[];
                };
                visits: {
                    completed: number;
                    required: number;
                };
                events: {
                    attended: number;
                    held: number;
                    list: {
                        title: string;
                        kind: string;
                        /**
                         * Format: date
                         * @description Calendar day, ISO 8601 (2026-10-15)
                         */
                        date: string;
                        status: "attended" | "absent" | "excused" | "not_recorded";
                    }[];
                };
                checkpoints: {
                    kind: string;
                    title: string;
                    /**
                     * Format: date
                     * @description Calendar day, ISO 8601 (2026-10-15)
                     */
                    dueOn: string;
                    status: "met" | "met_late" | "pending" | "overdue";
                    metOn: string | null;
                    done: number;
                    required: number;
                }[];
                checkpointTally: {
                    onTime: number;
                    late: number;
                    overdue: number;
                    pending: number;
                };
            };
            milestones: {
                total: number;
                overdue: number;
                percentComplete: number;
                byStatus: {
                    not_started: number;
                    in_progress: number;
                    completed: number;
                    at_risk: number;
                    deferred: number;
                };
                completedOnTime: number;
                completedLate: number;
                completed: {
                    title: string;
                    goalTitle: string;
                    /**
                     * Format: date
                     * @description Calendar day, ISO 8601 (2026-10-15)
                     */
                    dueOn: string;
                    /**
                     * Format: date
                     * @description Calendar day, ISO 8601 (2026-10-15)
                     */
                    completedOn: string;
                    status: "not_started" | "in_progress" | "completed" | "at_risk" | "deferred";
                    onTime: boolean;
                }[];
            };
        };
        /** CrossStateReport */
        CrossStateReport: {
            programYear: {
                id: string;
                name: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description Calendar day, ISO 8601 (2026-10-15)
                 */
                endsOn: string;
            };
            /**
             * Format: date
             * @description Calendar day, ISO 8601 (2026-10-15)
             */
            today: string;
            states: {
                stateCode: string;
                stateName: string;
                tier: "intensive" | "light_touch";
                health: "on_track" | "needs_attention" | "behind";
                summary: string;
                callsHeld: number;
                /** @description Months of the call window with a held call */
                callMonthsMet: number;
                /** @description Months of the call window begun by today */
                callMonthsExpected: number;
                visitsCompleted: number;
                visitsRequired: number;
                eventsAttended: number;
                /** @description Events of the year held by today */
                eventsHeld: number;
                checkpointsOnTime: number;
                checkpointsLate: number;
                checkpointsOverdue: number;
                milestonesTotal: number;
                milestonesCompleted: number;
                milestonesCompletedOnTime: number;
                milestonesOverdue: number;
                baselineAverage: number | null;
                reassessmentAverage: number | null;
                growth: number | null;
            }[];
            /** @description Counts added up; averages and growth are the mean over the states that have them */
            totals: {
                callsHeld: number;
                /** @description Months of the call window with a held call */
                callMonthsMet: number;
                /** @description Months of the call window begun by today */
                callMonthsExpected: number;
                visitsCompleted: number;
                visitsRequired: number;
                eventsAttended: number;
                /** @description Events of the year held by today */
                eventsHeld: number;
                checkpointsOnTime: number;
                checkpointsLate: number;
                checkpointsOverdue: number;
                milestonesTotal: number;
                milestonesCompleted: number;
                milestonesCompletedOnTime: number;
                milestonesOverdue: number;
                baselineAverage: number | null;
                reassessmentAverage: number | null;
                growth: number | null;
            };
            growth: {
                key: string;
                title: string;
                baseline: number | null;
                reassessment: number | null;
                change: number | null;
                statesCompared: number;
            }[];
        };
        /**
         * SearchKindSchema
         * @description call: agenda, notes, progress, challenges, SME requests; *_coach_notes: staff and coaches only
         */
        SearchKindSchema: "call" | "call_coach_notes" | "site_visit" | "visit_coach_notes" | "action_item" | "milestone_update" | "plan_comment" | "assessment_evidence";
        /** HeadlinePart */
        HeadlinePart: {
            text: string;
            match: boolean;
        };
        /** SearchHit */
        SearchHit: {
            kind: components["schemas"]["SearchKindSchema"];
            /** @description The matching record (for an action item, the item; for evidence, the response) */
            id: string;
            stateCode: string;
            programYearId: string;
            date: string | null;
            title: string;
            headline: components["schemas"]["HeadlinePart"][];
            rank: number;
            /** @description Dashboard path of the page that shows the record */
            link: string;
        };
        /** SearchResults */
        SearchResults: {
            items: components["schemas"]["SearchHit"][];
            total: number;
        };
        /** AgendaDraft */
        AgendaDraft: {
            stateCode: string;
            programYearId: string;
            callOn: string;
            sections: {
                key: "action_items" | "milestones" | "priorities" | "upcoming";
                title: string;
                items: {
                    text: string;
                    note: string;
                    dueOn: string | null;
                }[];
            }[];
            text: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginAnswer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    /** @description Seconds until another attempt may succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginAnswer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignedInUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The demo accounts (password `demo-password`) are in this database and may sign in */
                        demoAccounts: boolean;
                    };
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
                status?: "scheduled" | "held" | "cancelled";
                /** @description planning: with the state team lead; full_team: progress, challenges and next steps */
                kind?: "planning" | "full_team";
                /** @description Record id (UUID) */
                coach?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgress: {
        parameters: {
            query?: {
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                tier?: "intensive" | "light_touch";
                /** @description Record id (UUID) */
                coach?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                entity?: string;
                entityId?: string;
                /** @description Record id (UUID) */
                actor?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actorId: string | null;
                            actorName: string | null;
                            action: string;
                            entity: string;
                            entityId: string;
                            stateCode: string | null;
                            before: unknown;
                            after: unknown;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProgramYears: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProgramYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["YearCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgramYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProgramYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProgramYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["YearUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewProgramYearRollover: {
        parameters: {
            query?: {
                /** @description The new year's name; by default the current one with its years moved on (2026–27 → 2027–28) */
                name?: string;
            };
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloverPreview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rollOverProgramYear: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolloverInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YearDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProgramYearActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTimelineActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTimelineActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTimelineActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStates: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Code or name contains (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createState: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["State"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Two-letter postal code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Two-letter postal code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateState: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Two-letter postal code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StateUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["State"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listParticipations: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description intensive: coached; light_touch: networking only */
                tier?: "intensive" | "light_touch";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createParticipation: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipationCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getParticipation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteParticipation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateParticipation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipationUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Participation"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                role?: "staff" | "coach" | "state_lead" | "state_member";
                /** @description Two-letter postal code */
                state?: string;
                active?: boolean;
                /** @description Name or email contains (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMyAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPairings: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
                /** @description Record id (UUID) */
                coach?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                activeOn?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPairing: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePairing: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pairing"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMemberCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMemberUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSiteVisits: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
                /** @description scheduled and completed visits need startsOn; a completed visit cannot start in the future */
                status?: "proposed" | "scheduled" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteVisitList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSiteVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteVisitCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteVisit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSiteVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteVisit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSiteVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSiteVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteVisitUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteVisit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listActionItems: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                done?: boolean;
                /** @description Part of the owner, any case */
                owner?: string;
                /** @description Due strictly before this day (ISO) */
                dueBefore?: string;
                /** @description Due strictly after this day (ISO) */
                dueAfter?: string;
                /** @description Due on or after this day (ISO) */
                dueFrom?: string;
                /** @description Due on or before this day (ISO) */
                dueTo?: string;
                /** @description A coach: items of the states paired with them in the item’s year */
                coach?: string;
                /** @description true: not done and due before today in the state’s calendar; false: the others */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createActionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Send exactly one of callId and siteVisitId */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateActionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                kind?: "kickoff" | "regional_meeting" | "webinar" | "other";
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEventAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
                /** @description Two-letter postal code */
                stateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendance"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setEventAttendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
                /** @description Two-letter postal code */
                stateCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendanceInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendance"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEventAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
                /** @description Two-letter postal code */
                stateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMentoringPairs: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringPairList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMentoringPair: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Two different states taking part in the year, in either order */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentoringPairCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringPairDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMentoringSuggestions: {
        parameters: {
            query: {
                /** @description Record id (UUID) */
                programYear: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringSuggestionList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMentoringPair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringPairDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMentoringPair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMentoringPair: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentoringPairUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentoringPairDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMentoringPairExchange: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exchange"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMentoringExchange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInstruments: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only revisions of this instrument */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInstrument: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstrumentCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instrument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAssessments: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description baseline: in the fall; reassessment: at year end, compared with the baseline */
                kind?: "baseline" | "reassessment";
                status?: "in_progress" | "completed";
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAssessmentGrowth: {
        parameters: {
            query: {
                /** @description Record id (UUID) */
                programYear: string;
                /** @description Two-letter postal code */
                state: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Growth"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rateAssessmentIndicators: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponsesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoalCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Goal"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMilestones: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                from?: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                to?: string;
                /** @description Record id (UUID) */
                plan?: string;
                /** @description Record id (UUID) */
                goal?: string;
                /** @description Changed only through POST /api/milestones/:id/updates, which keeps the history */
                status?: "not_started" | "in_progress" | "completed" | "at_risk" | "deferred";
                /** @description Owner user id */
                owner?: string;
                /** @description true: only overdue milestones; false: only those not overdue */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestoneList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMilestone: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMilestoneStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusUpdateCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Milestone"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlanComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCommentCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanComment"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlanComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedStatus"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedFeed"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarFeedFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token of a subscription URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCallCalendarFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSiteVisitCalendarFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlaybookEntries: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Key of an assessment domain, such as employers */
                domain?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description Words in the title or summary */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntryList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlaybookEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookEntryCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    /** @description Where the created record can be read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntry"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlaybookDomains: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookDomainList"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlaybookEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntry"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlaybookEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePlaybookEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read ("3"), or * to change the record as it is now; or send the version field */
                "If-Match"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybookEntryUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description The record's version, for If-Match on a change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntry"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The record changed since the version you sent; `current` is the record as it is now */
            412: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        current?: Record<string, never>;
                    };
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No version sent: send If-Match with the ETag you read, or the version field */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCallResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntryList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCallResource: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key of yours: the same key and body within 24 hours replays the first answer instead of doing it again */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallResourceAttach"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntryList"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description true when this is the replay of an earlier answer to the same key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybookEntryList"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCallResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
                /** @description Record id (UUID) */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listStatePlaybookEntries: {
        parameters: {
            query: {
                /** @description Record id (UUID) */
                programYear: string;
            };
            header?: never;
            path: {
                /** @description Two-letter postal code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatePlaybook"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStateReport: {
        parameters: {
            query?: {
                /** @description Program year id (default: the one containing today) */
                programYear?: string;
            };
            header?: never;
            path: {
                /** @description Two-letter postal code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StateReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProgramYearReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id (UUID) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossStateReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to find; "quoted phrases", OR and -excluded words work as in a web search */
                q: string;
                limit?: number;
                offset?: number;
                /** @description Record id (UUID) */
                programYear?: string;
                /** @description Two-letter postal code */
                state?: string;
                /** @description call: agenda, notes, progress, challenges, SME requests; *_coach_notes: staff and coaches only */
                kind?: "call" | "call_coach_notes" | "site_visit" | "visit_coach_notes" | "action_item" | "milestone_update" | "plan_comment" | "assessment_evidence";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStateAgendaDraft: {
        parameters: {
            query: {
                /** @description Record id (UUID) */
                programYear: string;
                /** @description Calendar day, ISO 8601 (2026-10-15) */
                before?: string;
            };
            header?: never;
            path: {
                /** @description Two-letter postal code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDraft"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database is not reachable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
