ALTER TABLE "statement_timeline" ADD COLUMN "margin" numeric;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "target_tolerance_percent" numeric;