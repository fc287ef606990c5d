CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "call_resources" (
	"call_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_resources_call_id_entry_id_pk" PRIMARY KEY("call_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "playbook_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"state_code" char(2),
	"summary" text DEFAULT '' NOT NULL,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "playbook_entries_title" CHECK (length("playbook_entries"."title") > 0)
);
--> statement-breakpoint
CREATE TABLE "playbook_entry_domains" (
	"entry_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	CONSTRAINT "playbook_entry_domains_entry_id_domain_id_pk" PRIMARY KEY("entry_id","domain_id")
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_resources" ADD CONSTRAINT "call_resources_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_resources" ADD CONSTRAINT "call_resources_entry_id_playbook_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."playbook_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_entries" ADD CONSTRAINT "playbook_entries_state_code_states_code_fk" FOREIGN KEY ("state_code") REFERENCES "public"."states"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_entry_domains" ADD CONSTRAINT "playbook_entry_domains_entry_id_playbook_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."playbook_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_entry_domains" ADD CONSTRAINT "playbook_entry_domains_domain_id_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_unique" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_live_unique" ON "calendar_feeds" USING btree ("user_id") WHERE "calendar_feeds"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "call_resources_entry_idx" ON "call_resources" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "playbook_entries_state_idx" ON "playbook_entries" USING btree ("state_code");--> statement-breakpoint
CREATE INDEX "playbook_entry_domains_domain_idx" ON "playbook_entry_domains" USING btree ("domain_id");--> statement-breakpoint
CREATE INDEX "action_items_search_idx" ON "action_items" USING gin (to_tsvector('english'::regconfig, "description" || ' ' || "owner"));--> statement-breakpoint
CREATE INDEX "calls_search_idx" ON "calls" USING gin (to_tsvector('english'::regconfig, "agenda" || ' ' || "notes" || ' ' || "progress" || ' ' || "challenges" || ' ' || "sme_requests"));--> statement-breakpoint
CREATE INDEX "calls_coach_notes_search_idx" ON "calls" USING gin (to_tsvector('english'::regconfig, "coach_notes"));--> statement-breakpoint
CREATE INDEX "site_visits_search_idx" ON "site_visits" USING gin (to_tsvector('english'::regconfig, "purpose" || ' ' || "summary"));--> statement-breakpoint
CREATE INDEX "site_visits_coach_notes_search_idx" ON "site_visits" USING gin (to_tsvector('english'::regconfig, "coach_notes"));--> statement-breakpoint
CREATE INDEX "assessment_responses_search_idx" ON "assessment_responses" USING gin (to_tsvector('english'::regconfig, "evidence"));--> statement-breakpoint
CREATE INDEX "milestone_updates_search_idx" ON "milestone_updates" USING gin (to_tsvector('english'::regconfig, "comment"));--> statement-breakpoint
CREATE INDEX "plan_comments_search_idx" ON "plan_comments" USING gin (to_tsvector('english'::regconfig, "body"));