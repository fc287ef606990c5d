ALTER TABLE "sessions" ADD COLUMN "refresh_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_refresh_hash_unique" ON "sessions" USING btree ("refresh_hash");