ALTER TABLE "metrics" ADD COLUMN "concept" text;--> statement-breakpoint
CREATE INDEX "companies_tickers" ON "companies" USING gin ("tickers");--> statement-breakpoint
CREATE INDEX "metrics_concept" ON "metrics" USING btree ("concept") WHERE "metrics"."concept" is not null;--> statement-breakpoint
CREATE INDEX "metrics_segment" ON "metrics" USING btree (lower("segment"));--> statement-breakpoint
CREATE INDEX "statements_speaker" ON "statements" USING btree (lower("speaker"));--> statement-breakpoint
CREATE INDEX "statements_quote_search" ON "statements" USING gin (to_tsvector('english', "quote"));