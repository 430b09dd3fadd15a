-- Unions nest to any depth: a city union (市总工会, 市教育工会) over districts, districts over
-- districts or schools, a school over its 分工会. The first schema let only a district stand at
-- the top; existing rows all satisfy the new rules, so nothing moves.
ALTER TABLE unions DROP CONSTRAINT IF EXISTS unions_check;
ALTER TABLE unions DROP CONSTRAINT IF EXISTS unions_kind_check;
ALTER TABLE unions ADD CONSTRAINT unions_kind_check CHECK (kind IN ('city', 'district', 'school', 'branch'));
-- Only an upper union (city or district) may stand at the top.
ALTER TABLE unions ADD CONSTRAINT unions_top_check CHECK (kind IN ('city', 'district') OR parent_id IS NOT NULL);

-- What may hang under what, checked against the parent row (a CHECK cannot see other rows):
-- a branch under a school, a school under an upper union, a district under a city or district,
-- a city under a city. A union can never become its own ancestor.
CREATE FUNCTION unions_check_parent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_kind text;
BEGIN
  IF NEW.parent_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT kind INTO parent_kind FROM unions WHERE id = NEW.parent_id;
  IF NOT (
       (NEW.kind = 'branch' AND parent_kind = 'school')
    OR (NEW.kind = 'school' AND parent_kind IN ('city', 'district'))
    OR (NEW.kind = 'district' AND parent_kind IN ('city', 'district'))
    OR (NEW.kind = 'city' AND parent_kind = 'city')
  ) THEN
    RAISE EXCEPTION 'a % union cannot hang under a % union', NEW.kind, parent_kind USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM unions_under(NEW.id) u WHERE u.id = NEW.parent_id) THEN
    RAISE EXCEPTION 'a union cannot hang under itself' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

-- The union and every union below it, at any depth: what every roll-up counts over.
CREATE FUNCTION unions_under(root integer) RETURNS TABLE (id integer, depth integer) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE tree AS (
    SELECT u.id, 0 AS depth FROM unions u WHERE u.id = root
    UNION ALL
    SELECT c.id, t.depth + 1 FROM unions c JOIN tree t ON c.parent_id = t.id
  )
  SELECT tree.id, tree.depth FROM tree
$$;

CREATE TRIGGER unions_parent_rule BEFORE INSERT OR UPDATE OF parent_id, kind ON unions
  FOR EACH ROW EXECUTE FUNCTION unions_check_parent();
