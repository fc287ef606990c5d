CREATE TABLE "data_versions" (
	"topic" text PRIMARY KEY NOT NULL,
	"version" uuid DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_versions" ("topic") VALUES ('progress');--> statement-breakpoint
-- Gives a topic a new version once per transaction that changes one of its tables. Called by deferred row
-- triggers, so it runs at commit and the row lock on data_versions is held only for the commit itself, not for
-- the whole write transaction. The transaction-local setting keeps a bulk write to one update.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('tracker.bumped_' || TG_ARGV[0], true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_versions" SET "version" = gen_random_uuid() WHERE "topic" = TG_ARGV[0];
    PERFORM set_config('tracker.bumped_' || TG_ARGV[0], 'yes', true);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "program_years_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "program_years" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "program_years_progress_version_truncate" AFTER TRUNCATE ON "program_years" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "timeline_activities_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "timeline_activities" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "timeline_activities_progress_version_truncate" AFTER TRUNCATE ON "timeline_activities" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "participations_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "participations" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "participations_progress_version_truncate" AFTER TRUNCATE ON "participations" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "pairings_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "pairings" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "pairings_progress_version_truncate" AFTER TRUNCATE ON "pairings" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "states_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "states" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "states_progress_version_truncate" AFTER TRUNCATE ON "states" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "users_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "users" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "users_progress_version_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "calls_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "calls" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "calls_progress_version_truncate" AFTER TRUNCATE ON "calls" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "site_visits_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "site_visits" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "site_visits_progress_version_truncate" AFTER TRUNCATE ON "site_visits" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "assessments_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "assessments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "assessments_progress_version_truncate" AFTER TRUNCATE ON "assessments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "plans_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "plans" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "plans_progress_version_truncate" AFTER TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "goals_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "goals" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "goals_progress_version_truncate" AFTER TRUNCATE ON "goals" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "milestones_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "milestones" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "milestones_progress_version_truncate" AFTER TRUNCATE ON "milestones" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "action_items_progress_version" AFTER INSERT OR UPDATE OR DELETE ON "action_items" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('progress');--> statement-breakpoint
CREATE TRIGGER "action_items_progress_version_truncate" AFTER TRUNCATE ON "action_items" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('progress');
