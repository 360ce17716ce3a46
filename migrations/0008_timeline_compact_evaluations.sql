-- Segments written before 0007 hold the whole evaluation in jsonb. Move their observations to observation_ids,
-- in order, and keep in jsonb only what the columns do not hold: the trajectory and the explanation.
UPDATE "statement_timeline"
SET "observation_ids" = ARRAY(
      SELECT (o.value->>'actualId')::uuid
      FROM jsonb_array_elements("evaluation"->'observations') WITH ORDINALITY AS o(value, n)
      ORDER BY o.n),
    "evaluation" = jsonb_build_object('trajectory', "evaluation"->'trajectory', 'explanation', "evaluation"->'explanation')
WHERE "evaluation" ? 'observations';
