-- A second topic for data_versions: the whole plan (goals, milestones with their history, comments), which the
-- state page reads on every visit and which costs six statements and a 40 KB answer to build. The same deferred,
-- once-per-transaction bump as the progress topic (bump_data_version, migration 0004).
INSERT INTO "data_versions" ("topic") VALUES ('plans') ON CONFLICT ("topic") DO NOTHING;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "plans_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "plans" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "plans_plans_version_truncate" AFTER TRUNCATE ON "plans" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "goals_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "goals" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "goals_plans_version_truncate" AFTER TRUNCATE ON "goals" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "milestones_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "milestones" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "milestones_plans_version_truncate" AFTER TRUNCATE ON "milestones" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "milestone_updates_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "milestone_updates" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "milestone_updates_plans_version_truncate" AFTER TRUNCATE ON "milestone_updates" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "plan_comments_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "plan_comments" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "plan_comments_plans_version_truncate" AFTER TRUNCATE ON "plan_comments" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "users_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "users" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "users_plans_version_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "domains_plans_version" AFTER INSERT OR UPDATE OR DELETE ON "domains" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_version"('plans');--> statement-breakpoint
CREATE TRIGGER "domains_plans_version_truncate" AFTER TRUNCATE ON "domains" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"('plans');
