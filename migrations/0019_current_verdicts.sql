CREATE TABLE "company_scores" (
	"company_id" text PRIMARY KEY NOT NULL,
	"pending" integer NOT NULL,
	"met" integer NOT NULL,
	"missed" integer NOT NULL,
	"unreported" integer NOT NULL,
	"superseded" integer NOT NULL,
	"withdrawn" integer NOT NULL,
	"surprise_sum" numeric NOT NULL,
	"surprise_count" integer NOT NULL,
	"early_met" integer NOT NULL,
	"margin_sum" numeric NOT NULL,
	"margin_count" integer NOT NULL,
	"positive_margins" integer NOT NULL,
	"since" timestamp with time zone,
	"recorded_at" timestamp with time zone,
	"as_of" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statement_verdicts" (
	"statement_id" uuid PRIMARY KEY NOT NULL,
	"company_id" text NOT NULL,
	"due" date NOT NULL,
	"seq" bigint NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone,
	"status" text NOT NULL,
	"early" boolean NOT NULL,
	"surprise" numeric,
	"margin" numeric,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "company_scores" ADD CONSTRAINT "company_scores_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_verdicts" ADD CONSTRAINT "statement_verdicts_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_verdicts_status_due" ON "statement_verdicts" USING btree ("status","due","seq","statement_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "statement_verdicts_status_seq" ON "statement_verdicts" USING btree ("status","seq","statement_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "statement_verdicts_company" ON "statement_verdicts" USING btree ("company_id","status","seq","statement_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "statement_verdicts_valid_to" ON "statement_verdicts" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "statement_verdicts_valid_from" ON "statement_verdicts" USING btree ("valid_from");