ALTER TABLE "actuals" DROP CONSTRAINT "actuals_company_id_companies_id_fk";
--> statement-breakpoint
ALTER TABLE "actuals" DROP CONSTRAINT "actuals_metric_id_metrics_id_fk";
--> statement-breakpoint
ALTER TABLE "actuals" ADD CONSTRAINT "actuals_metric_fk" FOREIGN KEY ("company_id","metric_id") REFERENCES "public"."metrics"("company_id","id") ON DELETE no action ON UPDATE no action;