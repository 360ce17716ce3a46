ALTER TABLE "changes" ALTER COLUMN "resource_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "changes" ALTER COLUMN "data" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "changes" ADD COLUMN "items" jsonb;--> statement-breakpoint
ALTER TABLE "changes" ADD CONSTRAINT "changes_one_or_items" CHECK (("changes"."items" is null) = ("changes"."resource_id" is not null and "changes"."data" is not null));