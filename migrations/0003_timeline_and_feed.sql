CREATE TABLE "changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"company_id" text NOT NULL,
	"resource_id" text NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_timeline" (
	"statement_id" uuid NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"status" text NOT NULL,
	"early" boolean NOT NULL,
	"deciding_actual_id" uuid,
	"position" text,
	"surprise" numeric,
	"error" numeric,
	"evaluation" jsonb NOT NULL,
	"announced" boolean NOT NULL,
	CONSTRAINT "statement_timeline_statement_id_valid_from_pk" PRIMARY KEY("statement_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "statement_timeline" ADD CONSTRAINT "statement_timeline_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "changes_order" ON "changes" USING btree ("txid","id");--> statement-breakpoint
CREATE INDEX "statement_timeline_status" ON "statement_timeline" USING btree ("status","valid_from");--> statement-breakpoint
CREATE INDEX "statement_timeline_unannounced" ON "statement_timeline" USING btree ("valid_from") WHERE not "statement_timeline"."announced";