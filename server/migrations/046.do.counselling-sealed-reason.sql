-- 心理咨询: what a member writes when booking (the reason, 想说的话) and the alias they chose are
-- health information (PIPL Art. 28). They are now sealed by the API like the counsellor's notes
-- (AES-256-GCM, key outside the database, services/key-ring.ts) and stored only as ciphertext.
--
-- Rows written before this migration still hold plaintext in `alias` / `note`: the key is not in
-- SQL, so the server seals them when it starts (sealLegacyCounsellingText) and clears the old
-- columns; the CHECK below then keeps them empty for every new row.
ALTER TABLE counselling_appointments
  ADD COLUMN alias_sealed text CHECK (alias_sealed ~ '^[0-9a-f]{16}\.[A-Za-z0-9+/=]+$'),
  ADD COLUMN note_sealed  text CHECK (note_sealed ~ '^[0-9a-f]{16}\.[A-Za-z0-9+/=]+$');

-- Anonymising clears the sealed columns as it cleared the plain ones.
ALTER TABLE counselling_appointments
  ADD CONSTRAINT counselling_appointments_anonymised_sealed
  CHECK (anonymised_at IS NULL OR (alias_sealed IS NULL AND note_sealed IS NULL));

-- A row never holds both forms, and no new row or change may bring plaintext in: a legacy row keeps
-- its plain text only until the server seals it.
ALTER TABLE counselling_appointments
  ADD CONSTRAINT counselling_appointments_not_both
  CHECK ((alias IS NULL OR alias_sealed IS NULL) AND (note IS NULL OR note_sealed IS NULL));

CREATE FUNCTION counselling_appointments_no_plaintext() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.alias IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.alias IS DISTINCT FROM OLD.alias))
     OR (NEW.note IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.note IS DISTINCT FROM OLD.note)) THEN
    RAISE EXCEPTION 'counselling alias and reason are stored sealed only (alias_sealed, note_sealed)' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER counselling_appointments_no_plaintext BEFORE INSERT OR UPDATE ON counselling_appointments
  FOR EACH ROW EXECUTE FUNCTION counselling_appointments_no_plaintext();
