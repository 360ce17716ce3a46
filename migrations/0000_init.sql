CREATE TABLE "actuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" text NOT NULL,
	"metric_id" uuid NOT NULL,
	"period_start" date,
	"period_end" date NOT NULL,
	"period_label" text,
	"value" numeric NOT NULL,
	"unit" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"source_document" text,
	"source_url" text,
	"source_page" text,
	"note" text,
	"seq" bigserial NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actuals_period_order" CHECK ("actuals"."period_start" is null or "actuals"."period_start" <= "actuals"."period_end")
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tickers" text[] DEFAULT '{}'::text[] NOT NULL,
	"currency" text NOT NULL,
	"fiscal_year_end_month" smallint NOT NULL,
	"reporting_lag_days" integer DEFAULT 60 NOT NULL,
	"seq" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_fiscal_year_end_month" CHECK ("companies"."fiscal_year_end_month" between 1 and 12),
	CONSTRAINT "companies_reporting_lag_days" CHECK ("companies"."reporting_lag_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"early" boolean NOT NULL,
	"deciding_actual_id" uuid,
	"position" text,
	"surprise" numeric,
	"error" numeric,
	"explanation" text NOT NULL,
	"cause" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"kind" text NOT NULL,
	"good_direction" text NOT NULL,
	"basis" text,
	"segment" text,
	"description" text,
	"seq" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retractions" (
	"actual_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"retracted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stated_on" date NOT NULL,
	"successor_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revisions_successor_kind" CHECK (("revisions"."kind" = 'withdrawn') = ("revisions"."successor_id" is null))
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" text NOT NULL,
	"metric_id" uuid,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"stated_on" date NOT NULL,
	"source_kind" text NOT NULL,
	"source_title" text,
	"source_url" text,
	"speaker" text,
	"quote" text NOT NULL,
	"commitment" text,
	"target_op" text,
	"target_value" numeric,
	"target_low" numeric,
	"target_high" numeric,
	"target_low_inclusive" boolean,
	"target_high_inclusive" boolean,
	"target_tolerance" numeric,
	"target_wording" text,
	"window_start" date,
	"window_end" date,
	"window_label" text,
	"mode" text,
	"grace_days" integer,
	"seq" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statements_atomic_complete" CHECK ("statements"."kind" = 'compound' or ("statements"."metric_id" is not null and "statements"."target_op" is not null and "statements"."window_start" is not null and "statements"."mode" is not null and "statements"."grace_days" is not null and "statements"."commitment" is not null))
);
--> statement-breakpoint
ALTER TABLE "actuals" ADD CONSTRAINT "actuals_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actuals" ADD CONSTRAINT "actuals_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_deciding_actual_id_actuals_id_fk" FOREIGN KEY ("deciding_actual_id") REFERENCES "public"."actuals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retractions" ADD CONSTRAINT "retractions_actual_id_actuals_id_fk" FOREIGN KEY ("actual_id") REFERENCES "public"."actuals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_successor_id_statements_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_parent_id_statements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actuals_metric_period" ON "actuals" USING btree ("metric_id","period_end");--> statement-breakpoint
CREATE INDEX "actuals_company" ON "actuals" USING btree ("company_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "actuals_seq" ON "actuals" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_seq" ON "companies" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "evaluations_statement" ON "evaluations" USING btree ("statement_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_company_key" ON "metrics" USING btree ("company_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_seq" ON "metrics" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "revisions_statement" ON "revisions" USING btree ("statement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revisions_successor" ON "revisions" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "statements_company" ON "statements" USING btree ("company_id","seq");--> statement-breakpoint
CREATE INDEX "statements_metric" ON "statements" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "statements_parent" ON "statements" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "statements_seq" ON "statements" USING btree ("seq");