ALTER TABLE "statements" ADD COLUMN "target_change_kind" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "target_change_against" text;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_target_change_whole" CHECK (("statements"."target_change_kind" is null) = ("statements"."target_change_against" is null));