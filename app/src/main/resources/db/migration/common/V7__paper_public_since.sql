-- The start of a paper's current public period: alerts and publication dates count from when the public could see
-- a paper, which for a paper made public later is not when it was first stored.
alter table paper add column public_since timestamp with time zone;
update paper set public_since = created_at where is_public;
