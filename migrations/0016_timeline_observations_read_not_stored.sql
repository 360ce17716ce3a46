ALTER TABLE "statement_timeline" ADD COLUMN "observed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "statement_timeline" ADD COLUMN "observations_digest" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "statement_timeline" DROP COLUMN "observation_ids";