-- 新闻 and 工会公开: 亮制度 (rules), 亮项目 (services), 亮程序 (procedures), 亮身份 (officers).
CREATE TABLE notices (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  union_id     integer NOT NULL REFERENCES unions (id),
  category     text NOT NULL CHECK (category IN ('news', 'rules', 'services', 'procedures', 'officers')),
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  pinned       boolean NOT NULL DEFAULT false,
  author_id    integer REFERENCES members (id) ON DELETE SET NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notices_union_category_idx ON notices (union_id, category, published_at DESC);
